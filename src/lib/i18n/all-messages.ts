/**
 * Every locale's messages at once, for code that renders in either language on the server
 * (share cards, pictures, page meta, the .pptx): importing this also provides them to the i18n
 * context (`messagesOf`). A page's own scripts load their language alone (messages.ts).
 */
import type { Locale } from './locale';
import { provideMessages, type Messages } from './messages';
import { messages as en } from './en';
import { messages as zh } from './zh';

export const MESSAGES: Record<Locale, Messages> = { zh, en };
provideMessages(MESSAGES);
