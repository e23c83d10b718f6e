import { CHART_IDS } from '$lib/charts/registry';
import { embedView } from '$lib/embed/embed.server';
import { lexicon } from '$lib/i18n/lexicon';
import { localeOf } from '$lib/i18n/locale';
import { twins } from '$lib/i18n/routes';
import { loadDataset } from '$lib/server/dataset';

/** One page per chart: its id is a public contract (embed codes in other sites link to it). */
export const entries = () => twins(CHART_IDS.map((chart) => ({ chart })));

export function load({ params, url }) {
	const dataset = loadDataset();
	const locale = localeOf(url.pathname);
	const view = embedView(dataset, locale, params.chart);
	return { view, lexicon: lexicon(dataset, locale, view) };
}
