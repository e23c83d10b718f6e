/** Turning dataset figures into the small, cited, word-free records charts carry. */
import { citeFigures } from '$lib/data/lookup';
import type { Dataset, Figure } from '$lib/data/schema';
import type { ChartFigure } from './types';

/** One figure for a chart, by id. Throws when the dataset lacks it, so the build fails. */
export function chartFigure(dataset: Dataset, id: string): ChartFigure {
	return chartFigures(dataset, [id])[0]!;
}

/** Several figures for a chart, in the order asked. */
export function chartFigures(dataset: Dataset, ids: readonly string[]): ChartFigure[] {
	return citeFigures(dataset, ids, 'A chart').map(toChartFigure);
}

export function toChartFigure(f: Figure): ChartFigure {
	return {
		id: f.id,
		value: f.value,
		...(f.max === undefined ? {} : { max: f.max }),
		...(f.qualifier === undefined ? {} : { qualifier: f.qualifier }),
		unit: f.unit,
		year: f.year,
		kind: f.kind,
		measure: f.measure,
		scope: f.scope,
		source: f.source,
		excerpt: f.excerpt
	};
}
