/** The /charts/ page's data: every chart, prepared, with its title in the page's locale. */
import type { Dataset } from '$lib/data/schema';
import type { Locale } from '$lib/i18n/locale';
import { chartBinding, loadCharts } from './registry';
import { CHART_SPECS } from './specs';

/** Server: every chart with its prepared figures and its title in `locale`. */
export async function chartGallery(dataset: Dataset, locale: Locale) {
	const specs = Object.values(CHART_SPECS);
	await loadCharts(specs.map((s) => s.id));
	return {
		charts: specs.map((spec) => ({
			id: spec.id,
			title: chartBinding(spec.id).words[locale].title,
			states: Object.keys(spec.states),
			data: spec.prepare(dataset) as unknown
		}))
	};
}

export type ChartGalleryView = Awaited<ReturnType<typeof chartGallery>>;
