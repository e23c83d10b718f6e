import type { Dataset, Figure, Source } from './schema';

/** A figure with what a reader needs to check it: its source document. */
export interface CitedFigure extends Figure {
	source_title: string;
	source_date: string;
	unit_en: string;
}

/**
 * The figures a page shows, by id, each with its source. Throws when an id is unknown, so a
 * page that asks for a figure the dataset lacks fails the build instead of showing a gap.
 */
export function citeFigures(data: Dataset, ids: readonly string[], page: string): CitedFigure[] {
	const byId = new Map(data.figures.map((f) => [f.id, f]));
	const sources = new Map<string, Source>(data.sources.map((s) => [s.id, s]));
	const units = new Map(data.units.map((u) => [u.id, u.en]));
	return ids.map((id) => {
		const figure = byId.get(id);
		if (!figure)
			throw new Error(`${page} asks for the figure "${id}", which no file in data/figures/ has`);
		const source = sources.get(figure.source)!;
		return {
			...figure,
			source_title: source.title,
			source_date: source.date,
			unit_en: units.get(figure.unit) ?? figure.unit
		};
	});
}
