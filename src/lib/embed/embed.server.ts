/**
 * One chart alone, for another site's iframe (/embed/<id>/): its figures prepared, every state
 * it has, the chapter of the report it belongs to and the sources it cites. Server only.
 */
import { chartSpec } from '$lib/charts/specs';
import type { Dataset } from '$lib/data/schema';
import { figureIdsIn } from '$lib/i18n/lexicon';
import type { Locale } from '$lib/i18n/locale';
import { chapterCopy, chapters } from '$lib/story/story';

/** The chapter whose graphic is `chart`; every chart is some chapter’s (tests/unit/story.test.ts holds it). */
export function chapterOf(chart: string) {
	const chapter = chapters().find((c) => c.chart === chart);
	if (!chapter) throw new Error(`The chart "${chart}" is in no chapter of the story`);
	return chapter;
}

/** The ids of the dataset's figures a chart's prepared data draws, in every state. */
export const chartFigureIds = (data: unknown): string[] => [...figureIdsIn(data)];

/** Every `source` named inside a value: the documents its figures, quotes and places cite. */
function sourcesIn(value: unknown, found = new Set<string>()): Set<string> {
	if (Array.isArray(value)) for (const v of value) sourcesIn(v, found);
	else if (value && typeof value === 'object')
		for (const [key, v] of Object.entries(value)) {
			if (key === 'source' && typeof v === 'string') found.add(v);
			else sourcesIn(v, found);
		}
	return found;
}

/**
 * The source documents a chart cites, in the dataset's order of sources: its figures', and
 * those of the quotes and places it shows.
 */
export function chartSources(dataset: Dataset, data: unknown): string[] {
	const ids = new Set(chartFigureIds(data));
	const used = sourcesIn(data);
	for (const f of dataset.figures) if (ids.has(f.id)) used.add(f.source);
	return dataset.sources.filter((s) => used.has(s.id)).map((s) => s.id);
}

export function embedView(dataset: Dataset, locale: Locale, chart: string) {
	const spec = chartSpec(chart);
	const data = spec.prepare(dataset) as unknown;
	const chapter = chapterOf(chart);
	const copy = chapterCopy(chapter, locale);
	return {
		chart,
		data,
		/** In the spec's order: the stepper's order. `final` is the one shown without a `?state=`. */
		states: Object.keys(spec.states),
		chapter: { id: chapter.id, kicker: copy.kicker, title: copy.title },
		sources: chartSources(dataset, data)
	};
}

export type EmbedView = ReturnType<typeof embedView>;
