import { browser } from '$app/environment';
import { renderDeskRows } from '$lib/desk/row-islands';
import { localeOf } from '$lib/i18n/locale';

/** On the server the desk's rows are rendered once, as an island the browser adopts as it is. */
export async function load({ data, url }) {
	if (browser) return data;
	return { ...data, rowsHtml: await renderDeskRows(data, localeOf(url.pathname), data.lexicon) };
}
