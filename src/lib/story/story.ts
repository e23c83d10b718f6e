/**
 * The story, in reading order, with its copy in one locale resolved against the dataset and
 * each chapter's chart data prepared. Chapters live one per file in `chapters/`, their copy one
 * per locale and file in `copy/<locale>/`; this list orders them.
 */
import { chartSpec, chartState } from '$lib/charts/specs';
import type { Dataset } from '$lib/data/schema';
import { LOCALES, type Locale } from '$lib/i18n/locale';
import { resolveText, type Segment } from './copy';
import type { Chapter, ChapterCopy } from './types';

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
const copyModules = import.meta.glob<{ copy: ChapterCopy }>('./copy/*/*.ts', { eager: true });

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

/** The locales the story has copy in (a folder in `copy/`); the English edition adds `en`. */
export const storyLocales = (): Locale[] =>
	LOCALES.filter((l) => Object.keys(copyModules).some((f) => f.startsWith(`./copy/${l}/`)));

/** Where a chapter's copy in a locale lives, for messages. */
export const copyFile = (locale: Locale, id: string) => `src/lib/story/copy/${locale}/${id}.ts`;

/**
 * A chapter's copy in a locale, checked against its structure: throws naming the file and the
 * step when a step has no copy, or copy names a step the chapter does not have.
 */
export function chapterCopy(
	chapter: Chapter,
	locale: Locale,
	files: Record<string, { copy: ChapterCopy }> = copyModules
): ChapterCopy {
	const file = copyFile(locale, chapter.id);
	const copy = files[`./copy/${locale}/${chapter.id}.ts`]?.copy;
	if (!copy)
		throw new Error(`${file}: missing — the chapter "${chapter.id}" has no ${locale} copy`);
	const ids = new Set(chapter.steps.map((s) => s.id));
	for (const step of chapter.steps)
		if (!copy.steps[step.id]?.length) throw new Error(`${file}: the step "${step.id}" has no copy`);
	for (const id of Object.keys(copy.steps))
		if (!ids.has(id))
			throw new Error(`${file}: copy for the step "${id}", which the chapter does not have`);
	return copy;
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
	/** How to read the chapter's figures, folded under its steps. */
	notes: Segment[][];
}

/** Every chapter with its copy in `locale` resolved and its chart's data prepared: what `/` renders. */
export function storyView(dataset: Dataset, locale: Locale): { chapters: ChapterView[] } {
	return {
		chapters: chapters().map((c) => {
			const spec = chartSpec(c.chart);
			const copy = chapterCopy(c, locale);
			const where = copyFile(locale, c.id);
			return {
				id: c.id,
				kicker: copy.kicker,
				title: copy.title,
				chart: c.chart,
				data: spec.prepare(dataset),
				intro: (copy.intro ?? []).map((p) => resolveText(dataset, p, where)),
				steps: c.steps.map((s) => {
					chartState(c.chart, s.state);
					return {
						id: s.id,
						state: s.state,
						text: copy.steps[s.id]!.map((p) => resolveText(dataset, p, `${where}, step "${s.id}"`))
					};
				}),
				notes: (copy.notes ?? []).map((p) => resolveText(dataset, p, `${where}, notes`))
			};
		})
	};
}
