/** Turning dataset figures into the small, cited records charts carry. */
import { citeFigures } from '$lib/data/lookup';
import type { Dataset, Figure } from '$lib/data/schema';
import { formatQuantity } from '$lib/format/number';
import type { ChartFigure } from './types';

/** One figure for a chart, by id. Throws when the dataset lacks it, so the build fails. */
export function chartFigure(dataset: Dataset, id: string, label?: string): ChartFigure {
	const figure = chartFigures(dataset, [id])[0]!;
	return label ? { ...figure, label } : figure;
}

/** Several figures for a chart, in the order asked. */
export function chartFigures(dataset: Dataset, ids: readonly string[]): ChartFigure[] {
	const shorts = new Map(dataset.sources.map((s) => [s.id, s.short]));
	return citeFigures(dataset, ids, 'A chart').map((f) => toChartFigure(f, shorts.get(f.source)!));
}

function toChartFigure(f: Figure, source: string): ChartFigure {
	return {
		id: f.id,
		label: f.metric_zh,
		value: f.value,
		...(f.max === undefined ? {} : { max: f.max }),
		...(f.qualifier === undefined ? {} : { qualifier: f.qualifier }),
		unit: f.unit,
		year: f.year,
		kind: f.kind,
		measure: f.measure,
		scope: f.scope,
		display: formatQuantity(f, f.unit),
		source,
		excerpt: f.excerpt
	};
}
