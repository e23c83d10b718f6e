/**
 * The story and its charts as data: every chapter's copy resolves against the real dataset,
 * every step names a state its chart has and has copy, and every chart describes and
 * tabulates each state in every locale.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_IDS, chartBinding, loadCharts } from '../../src/lib/charts/registry';
import { parseDataset } from '../../src/lib/data/parse';
import { createFormat } from '../../src/lib/format/format';
import { lexicon } from '../../src/lib/i18n/lexicon';
import { LOCALES, type Locale } from '../../src/lib/i18n/locale';
import { readDataFiles } from '../../src/lib/server/dataset';
import { chapterOf } from '../../src/lib/embed/embed.server';
import { fillIslands, islandMarker } from '../../src/lib/islands/islands';
import { resolveText } from '../../src/lib/story/copy';
import { storyData } from '../../src/lib/story/story-data';
import {
	CHAPTER_ORDER,
	chapterCopy,
	slideLength,
	chapters,
	storyLocales,
	storyView
} from '../../src/lib/story/story';
import type { Chapter, ChapterCopy } from '../../src/lib/story/types';

const data = parseDataset(readDataFiles(resolve(import.meta.dirname, '../..')));
await loadCharts(CHART_IDS);
const CHARTS = CHART_IDS.map(chartBinding);

describe('the story', () => {
	const view = storyView(data, 'zh');

	it('has every listed chapter, in order, with unique ids', () => {
		expect(view.chapters.map((c) => c.id)).toEqual([...CHAPTER_ORDER]);
		expect(new Set(chapters().map((c) => c.id)).size).toBe(CHAPTER_ORDER.length);
	});

	it.each(chapters().map((c) => [c.id, c] as const))(
		'chapter "%s" names its chart’s states and has unique step ids',
		(_, chapter) => {
			const spec = chartBinding(chapter.chart).spec;
			expect(spec, chapter.chart).toBeDefined();
			for (const step of chapter.steps) expect(Object.keys(spec.states)).toContain(step.state);
			expect(new Set(chapter.steps.map((s) => s.id)).size).toBe(chapter.steps.length);
			// a chapter whose chart says its point at once (the map, the baseline) has one step
			expect(chapter.steps.length).toBeGreaterThan(0);
		}
	);

	/** Years, and names such as "2+2", "专栏1" or "14th", are words, not figures. */
	const WORDS: Record<Locale, RegExp> = {
		zh: /(19|20)\d\d年?|2\+2|“\d\+\d”|专栏\d/gu,
		en: /\b(19|20)\d\d(s|–\d\d)?\b|\b\d\+\d\b|\b\d+(st|nd|rd|th)\b|\bBox \d\b/gu
	};

	it.each(storyLocales())(
		'never types a digit into its %s copy: numbers come through tokens',
		(locale) => {
			for (const chapter of chapters()) {
				const words = chapterCopy(chapter, locale);
				const copy = [
					words.kicker,
					words.title,
					...(words.intro ?? []),
					...Object.values(words.steps).flat(),
					...(words.notes ?? [])
				];
				for (const paragraph of copy) {
					const untokened = paragraph.replace(/\{[^}]*\}/gu, '');
					const stray = untokened.replace(WORDS[locale], '');
					expect(stray, `${chapter.id} (${locale}): ${paragraph}`).not.toMatch(/\d/u);
				}
			}
		}
	);

	it.each(CHAPTER_ORDER.map((id) => [id] as const))(
		'has English copy for "%s" that resolves and holds no Chinese characters',
		(id) => {
			const chapter = chapters().find((c) => c.id === id)!;
			const words = chapterCopy(chapter, 'en');
			const copy = [
				words.kicker,
				words.title,
				...(words.intro ?? []),
				...Object.values(words.steps).flat(),
				...(words.notes ?? [])
			];
			for (const paragraph of copy)
				expect(paragraph, `${id}: ${paragraph}`).not.toMatch(/\p{Script=Han}/u);
			// every token names a figure the dataset has, and derives what it can
			for (const paragraph of copy)
				expect(resolveText(data, paragraph, id).length).toBeGreaterThan(0);
		}
	);
});

describe('the charts', () => {
	it('each belong to a chapter of the story, which its embed names and links to', () => {
		for (const id of CHART_IDS) expect(() => chapterOf(id), id).not.toThrow();
		expect(() => chapterOf('no-such-chart')).toThrow(/in no chapter/u);
	});
});

describe('a chapter’s copy in a locale', () => {
	const chapter: Chapter = {
		id: 'test',
		chart: 'industry-structure',
		steps: [
			{ id: 'one', state: 'final' },
			{ id: 'two', state: 'final' }
		]
	};
	const files = (
		steps: Record<string, string[]>,
		slides: ChapterCopy['slides'] = { one: { title: '一' }, two: { title: '二' } }
	) => ({
		'./copy/zh/test.ts': { copy: { kicker: 'k', title: 't', steps, slides } satisfies ChapterCopy }
	});

	it('fails naming the file and the step when a step has no copy', () => {
		expect(() => chapterCopy(chapter, 'zh', files({ one: ['a'] }))).toThrow(
			'src/lib/story/copy/zh/test.ts: the step "two" has no copy'
		);
	});

	it('fails when copy names a step the chapter does not have', () => {
		expect(() =>
			chapterCopy(chapter, 'zh', files({ one: ['a'], two: ['b'], three: ['c'] }))
		).toThrow('src/lib/story/copy/zh/test.ts: copy for the step "three"');
	});

	it('fails naming the file and the step when a step has no slide words, or too many for a hall', () => {
		expect(() =>
			chapterCopy(chapter, 'zh', files({ one: ['a'], two: ['b'] }, { one: { title: '一' } }))
		).toThrow('src/lib/story/copy/zh/test.ts: the step "two" has no slide words');
		expect(() =>
			chapterCopy(
				chapter,
				'zh',
				files({ one: ['a'], two: ['b'] }, { one: { title: '一' }, two: { title: '长'.repeat(27) } })
			)
		).toThrow('slide "two": the title is 27 wide, over the 26 a slide holds');
		expect(() =>
			chapterCopy(
				chapter,
				'zh',
				files(
					{ one: ['a'], two: ['b'] },
					{ one: { title: '一', lines: ['a', 'b', 'c'] }, two: { title: '二' } }
				)
			)
		).toThrow('slide "one": 3 lines, over the 2 a slide holds');
	});

	it('counts a slide’s width as its type sets it: a token as its figure, Latin at half a Han character', () => {
		expect(slideLength('收入{fig:gdp}', 'zh')).toBe(8);
		expect(slideLength('GDP增长', 'zh')).toBe(3.7);
		expect(slideLength('Revenue {fig:x}', 'en')).toBe(24);
	});

	it('fails naming the file when a locale has no copy for the chapter', () => {
		expect(() => chapterCopy(chapter, 'en', files({ one: ['a'], two: ['b'] }))).toThrow(
			'src/lib/story/copy/en/test.ts: missing'
		);
	});
});

describe.each(CHARTS.map(({ spec, words }) => [spec.id, spec, words] as const))(
	'the chart "%s"',
	(_, spec, words) => {
		const prepared = spec.prepare(data);

		it('has a final state, the one shown without scripts', () => {
			expect(spec.states.final).toBeDefined();
		});

		const cases = Object.keys(spec.states).flatMap((name) =>
			LOCALES.map((locale) => [name, locale] as const)
		);
		it.each(cases)('describes and tabulates its state "%s" in %s', (name, locale) => {
			const state = spec.states[name];
			const text = {
				locale,
				w: words[locale],
				lex: lexicon(data, locale, prepared),
				fmt: createFormat(locale, lexicon(data, locale).units)
			};
			expect(spec.describe(prepared, state, text).length).toBeGreaterThan(10);
			const table = spec.table(prepared, state, text);
			expect(table.rows.length).toBeGreaterThan(0);
			for (const row of table.rows) {
				expect(row.cells.length).toBe(table.columns.length);
				for (const id of row.figures)
					expect(
						data.figures.some((f) => f.id === id),
						id
					).toBe(true);
			}
		});

		it('carries plain JSON to the browser', () => {
			expect(JSON.parse(JSON.stringify(prepared))).toEqual(prepared);
		});

		it('prepares no words: only numbers, ids, keys and the sources’ own excerpts', () => {
			// a source's excerpt is evidence and stays Chinese in every locale; units and ids are
			// keys that words are looked up by (亿元, 长清区); nothing else may be Chinese
			const KEYS = new Set(['excerpt', 'quote', 'unit', 'id']);
			const words = JSON.stringify(prepared, (key, value: unknown) =>
				KEYS.has(key) ? undefined : value
			).match(/\p{Script=Han}+/gu);
			expect(words ?? []).toEqual([]);
		});
	}
);

describe('the story’s data, which / fetches rather than carries', () => {
	it.each(storyLocales())('reaches the browser unchanged as JSON (%s)', (locale) => {
		const sent = storyData(data, locale, 'https://example.org');
		// what JSON cannot carry (NaN, Infinity, dates, undefined in arrays) would differ here
		expect(JSON.parse(JSON.stringify(sent))).toEqual(sent);
		expect(sent.chapters.map((c) => c.id)).toEqual([...CHAPTER_ORDER]);
	});

	it('puts each island’s server render in place of its marker, and fails on a missing one', () => {
		const page = `<main>${islandMarker('hero')}<div>${islandMarker('where')}</div></main>`;
		expect(fillIslands(page, { hero: '<p>$& 2020</p>', where: '<svg></svg>' })).toBe(
			'<main><p>$& 2020</p><div><svg></svg></div></main>'
		);
		expect(() => fillIslands(page, { hero: '' })).toThrow(
			'no server render for the island "where"'
		);
		expect(fillIslands('<main></main>', undefined)).toBe('<main></main>');
	});
});
