import { chartGallery } from '$lib/charts/gallery.server';
import { lexicon } from '$lib/i18n/lexicon';
import { localeOf } from '$lib/i18n/locale';
import { loadDataset } from '$lib/server/dataset';
import { publicOrigin } from '$lib/server/origin';

export async function load({ url }) {
	const dataset = loadDataset();
	const locale = localeOf(url.pathname);
	const gallery = await chartGallery(dataset, locale);
	return { ...gallery, origin: publicOrigin(), lexicon: lexicon(dataset, locale, gallery) };
}
