/** Every chart with its prepared figures: the /charts/ page. */
import type { Dataset } from '$lib/data/schema';
import { CHART_SPECS } from './specs';

export function chartGallery(dataset: Dataset) {
	return {
		charts: Object.values(CHART_SPECS).map((spec) => ({
			id: spec.id,
			states: Object.keys(spec.states),
			data: spec.prepare(dataset) as unknown
		}))
	};
}

export type ChartGalleryView = ReturnType<typeof chartGallery>;
