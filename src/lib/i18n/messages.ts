/** The site's messages by locale. Plain TypeScript modules: tsc checks every key and parameter. */
import type { Locale } from './locale';
import { messages as en } from './en';
import { messages as zh, type Messages } from './zh';

export type { Messages };

export const MESSAGES: Record<Locale, Messages> = { zh, en };
