import { sourcesView } from '$lib/desk/view';
import { glossesFor, lexicon } from '$lib/i18n/lexicon';
import { localeOf } from '$lib/i18n/locale';
import { loadDataset } from '$lib/server/dataset';

export function load({ url }) {
	const dataset = loadDataset();
	// Metric names are on the rows, in both languages; the lexicon gives units, source names
	// and conflict notes.
	const locale = localeOf(url.pathname);
	const view = sourcesView(dataset);
	return {
		...view,
		lexicon: { ...lexicon(dataset, locale), glosses: glossesFor(dataset, locale, view) }
	};
}
