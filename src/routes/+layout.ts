import { loadMessages } from '$lib/i18n/messages';
import { localeOf } from '$lib/i18n/locale';

// Every page is prerendered to static HTML; the site needs no server at run time.
export const prerender = true;
// /data/ and /sources/ as directories, so that relative links and static hosts agree.
export const trailingSlash = 'always';

/**
 * The page's language's messages, loaded before it renders (and, in the browser, before it
 * hydrates): a page's scripts carry its own language's words alone (see i18n/messages.ts).
 */
export async function load({ url, data }) {
	await loadMessages(localeOf(url.pathname));
	return data;
}
