import { chartGallery } from '$lib/charts/gallery';
import { lexicon } from '$lib/i18n/lexicon';
import { localeOf } from '$lib/i18n/locale';
import { loadDataset } from '$lib/server/dataset';

export function load({ url }) {
	const dataset = loadDataset();
	const gallery = chartGallery(dataset);
	return { ...gallery, lexicon: lexicon(dataset, localeOf(url.pathname), gallery) };
}
