/** Turning dataset figures into the small, cited, word-free records charts carry. */
import { citeFigures } from '$lib/data/lookup';
import { DISAGREEMENTS, type Dataset, type Figure } from '$lib/data/schema';
import type { ChartFigure } from './types';

/** One figure for a chart, by id. Throws when the dataset lacks it, so the build fails. */
export function chartFigure(dataset: Dataset, id: string): ChartFigure {
	return chartFigures(dataset, [id])[0]!;
}

/** Several figures for a chart, in the order asked, each with the entries of conflicts.yaml it is in. */
export function chartFigures(dataset: Dataset, ids: readonly string[]): ChartFigure[] {
	const entries = conflictsOf(dataset);
	return citeFigures(dataset, ids, 'A chart').map((f) => toChartFigure(f, entries.get(f.id)));
}

/** A figure's entries in data/conflicts.yaml: those where the sources disagree, and the notes. */
export interface FigureEntries {
	conflicts: string[];
	notes: string[];
}

const conflictIndex = new WeakMap<Dataset, Map<string, FigureEntries>>();

/** The entries each figure is in, by figure id, split by whether they flag: built once per dataset. */
export function conflictsOf(dataset: Dataset): Map<string, FigureEntries> {
	let index = conflictIndex.get(dataset);
	if (!index) {
		index = new Map();
		for (const c of dataset.conflicts)
			for (const id of c.figures) {
				const e = index.get(id) ?? { conflicts: [], notes: [] };
				(DISAGREEMENTS.includes(c.type) ? e.conflicts : e.notes).push(c.id);
				index.set(id, e);
			}
		conflictIndex.set(dataset, index);
	}
	return index;
}

export function toChartFigure(f: Figure, entries?: FigureEntries): ChartFigure {
	return {
		...(entries?.conflicts.length ? { conflicts: entries.conflicts } : {}),
		...(entries?.notes.length ? { notes: entries.notes } : {}),
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
