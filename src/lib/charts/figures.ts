/** Turning dataset figures into the small, cited, word-free records charts carry. */
import { citeFigures } from '$lib/data/lookup';
import type { Dataset, Figure } from '$lib/data/schema';
import type { ChartFigure } from './types';

/** One figure for a chart, by id. Throws when the dataset lacks it, so the build fails. */
export function chartFigure(dataset: Dataset, id: string): ChartFigure {
	return chartFigures(dataset, [id])[0]!;
}

/** Several figures for a chart, in the order asked, each with the conflicts it belongs to. */
export function chartFigures(dataset: Dataset, ids: readonly string[]): ChartFigure[] {
	const conflicts = conflictsOf(dataset);
	return citeFigures(dataset, ids, 'A chart').map((f) => toChartFigure(f, conflicts.get(f.id)));
}

const conflictIndex = new WeakMap<Dataset, Map<string, string[]>>();

/** The conflicts each figure belongs to, by figure id: built once per dataset. */
export function conflictsOf(dataset: Dataset): Map<string, string[]> {
	let index = conflictIndex.get(dataset);
	if (!index) {
		index = new Map();
		for (const c of dataset.conflicts)
			for (const id of c.figures) index.set(id, [...(index.get(id) ?? []), c.id]);
		conflictIndex.set(dataset, index);
	}
	return index;
}

export function toChartFigure(f: Figure, conflicts?: string[]): ChartFigure {
	return {
		...(conflicts?.length ? { conflicts } : {}),
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
