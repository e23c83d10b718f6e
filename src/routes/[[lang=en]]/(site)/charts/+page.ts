import { browser } from '$app/environment';
import { renderGallery } from '$lib/charts/gallery-islands';
import { localeOf } from '$lib/i18n/locale';

/** On the server each chart frame is rendered as an island; in the browser each loads as it nears. */
export async function load({ data, url }) {
	if (browser) return data;
	const islands = await renderGallery(data.charts, localeOf(url.pathname), data.lexicon);
	return { ...data, islands };
}
