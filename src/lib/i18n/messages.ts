/**
 * The site's messages by locale. Plain TypeScript modules: tsc checks every key and parameter.
 *
 * A page's scripts carry its own language's messages alone: the root layout's load awaits
 * `loadMessages` before the page renders or hydrates, and components read them synchronously
 * through the i18n context (`messagesOf`). Both languages together were a 10 KB (gzip) chunk of
 * `/`'s first-screen scripts. Server code that renders in either language imports
 * `all-messages.ts`, which provides both.
 */
import type { Locale } from './locale';
import type { Messages } from './zh';

export type { Messages };

const loaded: Partial<Record<Locale, Messages>> = {};
const modules: Record<Locale, () => Promise<{ messages: Messages }>> = {
	zh: () => import('./zh'),
	en: () => import('./en')
};

/** Loads a locale's messages (once), for `messagesOf`. */
export async function loadMessages(locale: Locale): Promise<Messages> {
	return (loaded[locale] ??= (await modules[locale]()).messages);
}

/** A locale's messages, loaded before (the root layout's load does it for every page). */
export function messagesOf(locale: Locale): Messages {
	const messages = loaded[locale];
	if (!messages)
		throw new Error(`The ${locale} messages are not loaded: await loadMessages('${locale}') first`);
	return messages;
}

/** Gives every locale's messages at once (server code, which renders in either). */
export function provideMessages(all: Record<Locale, Messages>): void {
	Object.assign(loaded, all);
}
