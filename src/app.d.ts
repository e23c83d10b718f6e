import type { Lexicon } from '$lib/i18n/lexicon';

declare global {
	namespace App {
		interface Locals {
			/** Islands a server load rendered, by key, for hooks.server.ts to put in the page. */
			islands?: Record<string, string>;
		}
		interface PageData {
			/** The dataset's words in the page's locale, for the pages that show them. */
			lexicon?: Lexicon;
		}
	}
}

export {};
