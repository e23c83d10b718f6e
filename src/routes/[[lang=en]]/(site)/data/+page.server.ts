import { deskView } from '$lib/desk/view';
import { glossesFor, lexicon } from '$lib/i18n/lexicon';
import { localeOf } from '$lib/i18n/locale';
import { loadDataset } from '$lib/server/dataset';

export function load({ url }) {
	const dataset = loadDataset();
	// No payload for the lexicon's metric names: every row carries its name in both languages
	// (the desk searches both), so the 489 names would only be sent twice.
	const locale = localeOf(url.pathname);
	const view = deskView(dataset);
	return {
		...view,
		lexicon: { ...lexicon(dataset, locale), glosses: glossesFor(dataset, locale, view) }
	};
}
