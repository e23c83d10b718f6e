/**
 * The story, in reading order, with its copy in one locale resolved against the dataset and
 * each chapter's chart data prepared. Chapters live one per file in `chapters/`, their copy one
 * per locale and file in `copy/<locale>/`; this list orders them.
 */
import { chartSpec, chartState } from '$lib/charts/specs';
import type { Dataset } from '$lib/data/schema';
import { LOCALES, type Locale } from '$lib/i18n/locale';
import { resolveText, type Segment } from './copy';
import type { Chapter, ChapterCopy, SlideCopy } from './types';

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
	for (const step of chapter.steps) {
		const slide = copy.slides[step.id];
		if (!slide) throw new Error(`${file}: the step "${step.id}" has no slide words (slides)`);
		checkSlide(slide, locale, `${file}, slide "${step.id}"`);
	}
	for (const id of Object.keys(copy.slides))
		if (!ids.has(id))
			throw new Error(`${file}: slide words for the step "${id}", which the chapter does not have`);
	return copy;
}

/**
 * How much a slide may say, in `slideLength`'s units: at 1920×1080 the title is set at 64 px
 * and a line at 48 px, across the slide, and each should take one row (a title may take two).
 * The browser test of the slides measures what the fonts really do; this fails the build first.
 */
export const SLIDE_LIMITS: Record<Locale, { title: number; line: number; lines: number }> = {
	zh: { title: 26, line: 34, lines: 2 },
	en: { title: 64, line: 76, lines: 2 }
};

/**
 * A slide text's width in characters as its locale sets them: in Chinese a Han character or
 * full-width mark is one and a Latin letter, digit or space about half; a token is counted at
 * the width its figure usually formats to ("338.8亿元", "CNY 33.88 billion").
 */
export function slideLength(text: string, locale: Locale): number {
	const TOKEN_WIDTH = { zh: 6, en: 16 }[locale];
	let length = 0;
	for (const part of text.split(/(\{[^}]*\})/u)) {
		if (part.startsWith('{')) length += TOKEN_WIDTH;
		else if (locale === 'en') length += [...part].length;
		else for (const ch of part) length += /[\u0020-\u007e]/u.test(ch) ? 0.55 : 1;
	}
	return Math.round(length * 10) / 10;
}

function checkSlide(slide: SlideCopy, locale: Locale, where: string) {
	const limit = SLIDE_LIMITS[locale];
	const over = (text: string, max: number) => slideLength(text, locale) > max;
	if (!slide.title.trim()) throw new Error(`${where}: the title is empty`);
	if (over(slide.title, limit.title))
		throw new Error(
			`${where}: the title is ${slideLength(slide.title, locale)} wide, over the ${limit.title} a slide holds: "${slide.title}"`
		);
	const lines = slide.lines ?? [];
	if (lines.length > limit.lines)
		throw new Error(`${where}: ${lines.length} lines, over the ${limit.lines} a slide holds`);
	for (const line of lines)
		if (over(line, limit.line))
			throw new Error(
				`${where}: a line is ${slideLength(line, locale)} wide, over the ${limit.line} a slide holds: "${line}"`
			);
}

export interface StepView {
	id: string;
	state: string;
	text: Segment[][];
	/** Its slide's words: the title that states its point, and at most two lines. */
	slide: { title: Segment[]; lines: Segment[][] };
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
						text: copy.steps[s.id]!.map((p) => resolveText(dataset, p, `${where}, step "${s.id}"`)),
						slide: {
							title: resolveText(dataset, copy.slides[s.id]!.title, `${where}, slide "${s.id}"`),
							lines: (copy.slides[s.id]!.lines ?? []).map((p) =>
								resolveText(dataset, p, `${where}, slide "${s.id}"`)
							)
						}
					};
				}),
				notes: (copy.notes ?? []).map((p) => resolveText(dataset, p, `${where}, notes`))
			};
		})
	};
}
