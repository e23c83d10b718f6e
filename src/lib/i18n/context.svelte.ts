/**
 * The locale a subtree renders in, with its messages, lexicon and number format. Set once near
 * the root (the layout, or a standalone chart) and read by any component that shows words.
 */
import { createContext } from 'svelte';
import { resolve } from '$app/paths';
import type { Pathname } from '$app/types';
import { createFormat, type Format } from '$lib/format/format';
import { EMPTY_LEXICON, type Lexicon } from './lexicon';
import { localePath, type Locale } from './locale';
import { messagesOf, type Messages } from './messages';

export interface I18n {
	readonly locale: Locale;
	/** The site's own words in this locale. */
	readonly m: Messages;
	/** The dataset's words in this locale. */
	readonly lex: Lexicon;
	/** Numbers in this locale. */
	readonly fmt: Format;
	/** A page of the site in this locale, with the base path: `/data/` → `/en/data/` in English. */
	href(path: SitePath): string;
}

/**
 * A page's path as the Chinese edition writes it: `/`, `/data/`, `/chapters/where/`. Pages
 * end in a slash; files (`/charts/x.png`) are not pages.
 */
export type SitePath = Extract<Pathname, `${string}/`>;

const [get, set] = createContext<I18n>();

/** The locale of the component tree this is called in. */
export const getI18n = get;

/**
 * Makes `locale` and `lexicon` the rendering locale of the calling component's subtree. Both
 * are read through getters, so a client-side navigation to another locale or page updates it.
 */
export function setI18n(locale: () => Locale, lexicon: () => Lexicon = () => EMPTY_LEXICON): I18n {
	const fmt = $derived(createFormat(locale(), lexicon().units));
	return set({
		get locale() {
			return locale();
		},
		get m() {
			return messagesOf(locale());
		},
		get lex() {
			return lexicon();
		},
		get fmt() {
			return fmt;
		},
		href: (path) => resolve(localePath(locale(), path) as SitePath)
	});
}
