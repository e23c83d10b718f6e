/**
 * The story, in reading order, with its copy resolved against the dataset and each chapter's
 * chart data prepared. Chapters live one per file in `chapters/`; this list orders them.
 */
import { chartSpec, chartState } from '$lib/charts/registry';
import type { Dataset } from '$lib/data/schema';
import { resolveText, type Segment } from './copy';
import type { Chapter } from './types';

export const CHAPTER_ORDER = [
	'where',
	'baseline',
	'targets',
	'industry',
	'projects',
	'zones',
	'livelihood',
	'ecology-health',
	'countryside',
	'on-track',
	'vision'
] as const;

const modules = import.meta.glob<{ chapter: Chapter }>('./chapters/*.ts', { eager: true });

/** The chapters in reading order. Throws when a listed chapter has no file, or a file is unlisted. */
export function chapters(): Chapter[] {
	const byId = new Map(Object.values(modules).map((m) => [m.chapter.id, m.chapter]));
	const unlisted = [...byId.keys()].filter(
		(id) => !(CHAPTER_ORDER as readonly string[]).includes(id)
	);
	if (unlisted.length) throw new Error(`Chapters not in CHAPTER_ORDER: ${unlisted.join(', ')}`);
	return CHAPTER_ORDER.map((id) => {
		const chapter = byId.get(id);
		if (!chapter) throw new Error(`CHAPTER_ORDER lists "${id}", but no file in chapters/ has it`);
		return chapter;
	});
}

export interface StepView {
	id: string;
	state: string;
	text: Segment[][];
}

export interface ChapterView {
	id: string;
	kicker: string;
	title: string;
	chart: string;
	data: unknown;
	intro: Segment[][];
	steps: StepView[];
}

/** Every chapter with its copy resolved and its chart's data prepared: what `/` renders. */
export function storyView(dataset: Dataset): { chapters: ChapterView[] } {
	return {
		chapters: chapters().map((c) => {
			const spec = chartSpec(c.chart);
			const where = `Chapter "${c.id}"`;
			return {
				id: c.id,
				kicker: c.kicker,
				title: c.title,
				chart: c.chart,
				data: spec.prepare(dataset),
				intro: (c.intro ?? []).map((p) => resolveText(dataset, p, where)),
				steps: c.steps.map((s) => {
					chartState(c.chart, s.state);
					return {
						id: s.id,
						state: s.state,
						text: s.text.map((p) => resolveText(dataset, p, `${where}, step "${s.id}"`))
					};
				})
			};
		})
	};
}
