import { deskView } from '$lib/desk/view';
import { rowsLexicon } from '$lib/i18n/lexicon';
import { localeOf } from '$lib/i18n/locale';
import { loadDataset } from '$lib/server/dataset';

export function load({ url }) {
	const dataset = loadDataset();
	const view = deskView(dataset);
	return { ...view, lexicon: rowsLexicon(dataset, localeOf(url.pathname), view) };
}
