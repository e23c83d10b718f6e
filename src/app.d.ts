import type { Lexicon } from '$lib/i18n/lexicon';

declare global {
	namespace App {
		interface PageData {
			/** The dataset's words in the page's locale, for the pages that show them. */
			lexicon?: Lexicon;
		}
	}
}

export {};
