/**
 * The deck as a .pptx (src/lib/present/pptx*.ts), built in memory from the real dataset and
 * read back from its zip: a slide for every slide of the deck on screen (and one more for each
 * further page of a table too tall for one slide), each with its title and its notes, the bar
 * and line charts native with the numbers of their step's state, nothing set under 18 pt, and
 * the same bytes every time.
 *
 * The steps' pictures are stood in for by a small PNG here; the pictures themselves are drawn
 * at the end.
 */
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { CHART_IDS, loadCharts } from '../../src/lib/charts/registry';
import { bars, spec as pipeline } from '../../src/lib/charts/project-pipeline/spec';
import type { PipelineData } from '../../src/lib/charts/project-pipeline/spec';
import { createFormat } from '../../src/lib/format/format';
import { figureIdsIn } from '../../src/lib/i18n/lexicon';
import type { Locale } from '../../src/lib/i18n/locale';
import { EMPTY_COVER } from '../../src/lib/present/cover';
import { deckView } from '../../src/lib/present/deck';
import { isNative } from '../../src/lib/present/native';
import {
	pptxFile,
	tablePages,
	TABLE_ROWS,
	type PptxDeck,
	type PptxPlot,
	type PptxTable
} from '../../src/lib/present/pptx';
import { pptxDeck } from '../../src/lib/present/pptx-deck';
import { LEAST_PT, pictureSteps, stepPicture } from '../../src/lib/present/pptx.server';
import { chosenDeck, withCover } from '../../src/lib/present/pptx-download';
import { slidesOf, type DeckChoice } from '../../src/lib/present/slides';
import { loadDataset } from '../../src/lib/server/dataset';
import { storyData } from '../../src/lib/story/story-data';

const dataset = loadDataset(resolve(import.meta.dirname, '../..'));
await loadCharts(CHART_IDS);

/** A 2 × 1 PNG standing in for a step's picture. */
const PICTURE =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAC0lEQVR4nGP4DwYAFPIF+6QNfF4AAAAASUVORK5CYII=';

function deckOf(
	locale: Locale,
	choice: DeckChoice = { kind: 'all' },
	origin = 'https://example.org'
) {
	const story = storyData(dataset, locale, origin);
	const slides = slidesOf(story.chapters, choice);
	const deck = pptxDeck({
		story,
		deck: deckView(dataset, locale),
		slides,
		cover: EMPTY_COVER,
		locale,
		fmt: createFormat(locale, story.lexicon.units),
		lex: story.lexicon,
		origin,
		picture: () => PICTURE,
		date: '2025-01-01'
	});
	return { story, slides, deck };
}

/** The .pptx of a deck, unzipped. */
async function unzip(deck: PptxDeck) {
	const bytes = await pptxFile(deck);
	const zip = await JSZip.loadAsync(bytes);
	const read = (name: string) => zip.file(name)!.async('string');
	const names = Object.keys(zip.files);
	return { bytes, zip, read, names };
}

const unescape = (s: string) =>
	s
		.replace(/&lt;/gu, '<')
		.replace(/&gt;/gu, '>')
		.replace(/&quot;/gu, '"')
		.replace(/&apos;/gu, "'")
		.replace(/&amp;/gu, '&');

/** The text a slide's XML sets, its runs joined. */
const textOf = (xml: string) =>
	unescape([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map((m) => m[1]!).join(''));

/** A chart part's series: each one's name and its values, as PowerPoint reads them. */
function seriesOf(xml: string) {
	return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/gu)].map(([, ser]) => ({
		name: unescape(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/u.exec(ser!)![1]!),
		values: [
			...(/<c:val>([\s\S]*?)<\/c:val>/u
				.exec(ser!)![1]!
				.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/gu) ?? [])
		].map((m) => ({ idx: Number(m[1]), value: Number(m[2]) }))
	}));
}

/** The chart part a slide draws, from its relationships. */
async function chartPart(read: (name: string) => Promise<string>, slide: number) {
	const rels = await read(`ppt/slides/_rels/slide${slide}.xml.rels`);
	const target = /Target="[./]*(?:ppt\/)?charts\/(chart\d+\.xml)"/u.exec(rels)?.[1];
	return target ? read(`ppt/charts/${target}`) : undefined;
}

describe('the full deck in Chinese', async () => {
	const { story, slides, deck } = deckOf('zh');
	const { read, names, bytes } = await unzip(deck);
	const slideFiles = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/u.test(n));

	it('has a slide for every slide on screen, and one more for each further page of a tall table', () => {
		// the rule: a table goes on over as many slides as hold it at ≤ TABLE_ROWS rows each
		const extra = deck.slides.filter((s, i) => i > 0 && deck.slides[i - 1]!.key === s.key).length;
		expect(slideFiles.length).toBe(deck.slides.length);
		expect(deck.slides.length).toBe(slides.length + extra);
		expect([...new Set(deck.slides.map((s) => s.key))]).toEqual(slides.map((s) => s.key));
		for (const s of deck.slides) {
			const pages = deck.slides.filter((o) => o.key === s.key);
			if (pages.length === 1) continue;
			expect(s.chart?.kind).toBe('table');
			expect((s.chart as PptxTable).rows.length).toBeLessThanOrEqual(TABLE_ROWS);
			expect(s.title).toMatch(new RegExp(`（${pages.indexOf(s) + 1}/${pages.length}）$`, 'u'));
		}
		// the 25 indicators of the plan take more than one slide
		expect(deck.slides.filter((s) => s.key === 'targets/all').length).toBeGreaterThan(1);
	});

	it('sets each slide’s title and lines, and each step’s full text as its notes', async () => {
		for (const [i, s] of deck.slides.entries()) {
			const text = textOf(await read(`ppt/slides/slide${i + 1}.xml`));
			expect(text, s.key).toContain(s.title);
			for (const line of s.lines) expect(text, s.key).toContain(line);
			if (s.kind !== 'step') continue;
			const notes = textOf(await read(`ppt/notesSlides/notesSlide${i + 1}.xml`)).replace(
				/\s/gu,
				''
			);
			for (const paragraph of s.notes.split('\n\n'))
				expect(notes, s.key).toContain(paragraph.replace(/\s/gu, ''));
		}
		const step = story.chapters[0]!.steps[0]!;
		expect(deck.slides[1]!.notes.split('\n\n')).toHaveLength(step.text.length);
	});

	it('draws every bar and line chart natively, with the numbers of its step’s state', async () => {
		let plots = 0;
		for (const [i, s] of deck.slides.entries()) {
			if (s.kind !== 'step') continue;
			const chapter = story.chapters.find((c) => s.key.startsWith(`${c.id}/`))!;
			const xml = await chartPart(read, i + 1);
			if (s.chart?.kind !== 'bar' && s.chart?.kind !== 'line') {
				expect(xml, s.key).toBeUndefined();
				continue;
			}
			plots++;
			const plot = s.chart as PptxPlot;
			const series = seriesOf(xml!);
			expect(series.map((x) => x.name)).toEqual(plot.series.map((x) => x.name));
			// every value drawn is a figure of the chapter's chart, from the dataset
			const figures = [...figureIdsIn(chapter.data)].map(
				(id) => dataset.figures.find((f) => f.id === id)!.value
			);
			series.forEach((x, k) => {
				expect(x.values.map((v) => v.value)).toEqual(
					plot.series[k]!.values.filter((v): v is number => v !== null)
				);
				for (const v of x.values) expect(figures, `${s.key}: ${v.value}`).toContain(v.value);
			});
		}
		// a slide for each step of the charts that are bars or lines
		const plotted = ['industry-structure', 'project-pipeline', 'income-path', 'countryside'];
		expect(plots).toBe(
			story.chapters
				.filter((c) => plotted.includes(c.chart))
				.reduce((n, c) => n + c.steps.length, 0)
		);
	});

	it('holds each step’s state: the projects’ investment, not their count', async () => {
		const chapter = story.chapters.find((c) => c.id === 'projects')!;
		for (const step of chapter.steps) {
			const i = deck.slides.findIndex((s) => s.key === `projects/${step.id}`);
			const expected = bars(chapter.data as PipelineData, pipeline.states[step.state]!).map(
				(b) => b.figure.value
			);
			const [series] = seriesOf((await chartPart(read, i + 1))!);
			expect(
				series!.values.map((v) => v.value),
				step.id
			).toEqual(expected);
		}
	});

	it('sets the tables of the steps whose chart is a table, and pictures for the rest', async () => {
		for (const [i, s] of deck.slides.entries()) {
			if (s.kind !== 'step') continue;
			const chapter = story.chapters.find((c) => s.key.startsWith(`${c.id}/`))!;
			const xml = await read(`ppt/slides/slide${i + 1}.xml`);
			expect(Boolean(s.picture), s.key).toBe(!isNative(chapter.chart));
			expect(xml.includes('<p:pic>'), s.key).toBe(!isNative(chapter.chart));
			if (s.chart?.kind !== 'table') continue;
			expect(xml).toContain('<a:tbl>');
			const text = textOf(xml);
			for (const cell of [...s.chart.columns, ...s.chart.rows.flat()]) expect(text).toContain(cell);
		}
	});

	it('hatches targets and plans, and outlines a reserve, as the charts on screen do', async () => {
		const at = (key: string) => deck.slides.findIndex((s) => s.key === key) + 1;
		expect(await chartPart(read, at('countryside/grain'))).toContain(
			'<a:pattFill prst="wdUpDiag">'
		);
		const count = (await chartPart(read, at('projects/count')))!;
		expect(count).toContain('<a:pattFill prst="wdUpDiag">');
		expect(count).toContain('<a:prstDash val="dash"/>');
	});

	it('draws incomes in two line styles, as on screen: solid for what happened, dotted for the way still to go', async () => {
		const at = (key: string) => deck.slides.findIndex((s) => s.key === key) + 1;
		const xml = (await chartPart(read, at('livelihood/urban')))!;
		const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/gu)].map(([, ser]) => ({
			name: unescape(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/u.exec(ser!)![1]!),
			dash: /<c:spPr>[\s\S]*?<a:prstDash val="(\w+)"\/>/u.exec(ser!)?.[1],
			// no stand-in colour is left for PowerPoint to show
			stand: /val="F[01][0-9A-F]{4}"/u.test(ser!)
		}));
		expect(series.map((s) => s.dash)).toEqual(['solid', 'sysDot', 'solid', 'sysDot']);
		expect(series.filter((s) => s.stand)).toEqual([]);
		expect(series[1]!.name).toBe('城镇居民（尚需：最新到目标）');
		// the dotted way starts at the latest figure, where the solid line ends
		const values = seriesOf(xml);
		expect(values[0]!.values.at(-1)).toEqual(values[1]!.values[0]);
	});

	it('sets no text under 18 pt, on a slide or in a chart', async () => {
		const parts = names.filter((n) => /^ppt\/(slides|charts)\/[^/]+\.xml$/u.test(n));
		const small: string[] = [];
		for (const name of parts) {
			const xml = await read(name);
			for (const m of xml.matchAll(/<a:(?:rPr|defRPr|endParaRPr)\b[^>]*\bsz="(\d+)"/gu))
				if (Number(m[1]) < 1800) small.push(`${name}: ${m[0]}`);
		}
		expect(small).toEqual([]);
	});

	it('names its fonts: YaHei for Chinese, in the theme too', async () => {
		expect(await read('ppt/slides/slide2.xml')).toContain('typeface="Microsoft YaHei"');
		expect(await read('ppt/theme/theme1.xml')).toContain('<a:ea typeface="Microsoft YaHei"/>');
	});

	it('is a whole package: every part it declares is there, every part it points to too', async () => {
		const types = await read('[Content_Types].xml');
		for (const [, part] of types.matchAll(/PartName="\/([^"]+)"/gu))
			expect(names, part).toContain(part);
		for (const rels of names.filter((n) => n.endsWith('.rels'))) {
			const base = rels.replace(/_rels\/[^/]+$/u, '');
			for (const [, target] of (await read(rels)).matchAll(/Target="([^"]+)"/gu)) {
				const path = target!.startsWith('/')
					? target!.slice(1)
					: new URL(target!, `file:///${base}`).pathname.slice(1);
				expect(names, `${rels} → ${target}`).toContain(path);
			}
		}
	});

	it('is the same bytes every time', async () => {
		expect(Buffer.from(await pptxFile(deck)).equals(Buffer.from(bytes))).toBe(true);
		expect(await read('docProps/core.xml')).toContain('2025-01-01T00:00:00Z');
	});
});

describe('a deck of two chapters', async () => {
	const choice: DeckChoice = { kind: 'own', keys: ['baseline', 'livelihood'] };
	const { story, deck } = deckOf('zh', choice);
	const { names } = await unzip(deck);

	it('has exactly their slides, with the cover, the close and the appendix', () => {
		const steps = story.chapters
			.filter((c) => c.id === 'baseline' || c.id === 'livelihood')
			.flatMap((c) => c.steps.map((s) => `${c.id}/${s.id}`));
		expect(deck.slides.map((s) => s.key)).toEqual(['cover', ...steps, 'close', 'caveats']);
		expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/u.test(n))).toHaveLength(
			deck.slides.length
		);
	});
});

describe('the deck in English', async () => {
	const { deck } = deckOf('en', { kind: 'short' }, 'http://127.0.0.1:4173');
	const { read } = await unzip(deck);

	it('is set in Arial, its Chinese in YaHei, and names no loopback address', async () => {
		const xml = await read('ppt/slides/slide2.xml');
		expect(xml).toContain('<a:latin typeface="Arial"');
		expect(xml).toContain('<a:ea typeface="Microsoft YaHei"');
		const close = deck.slides.find((s) => s.kind === 'close')!;
		expect(close.link).toBeUndefined();
		expect(close.sources).toBeTruthy();
	});
});

describe('the cover', () => {
	it('takes what the speaker set, and keeps its own words where they set none', () => {
		const { deck } = deckOf('zh');
		const cover = deck.slides[0]!;
		expect(cover.big).toHaveLength(3);
		const set = withCover(cover, { occasion: '某次会议', speaker: '某人', date: '2027年1月' });
		expect(set.kicker).toBe('某次会议');
		expect(set.byline).toBe('某人 · 2027年1月');
		expect(withCover(cover, EMPTY_COVER)).toEqual(cover);
	});
});

describe('a tall table', () => {
	const table = (n: number): PptxTable => ({
		kind: 'table',
		columns: ['a', 'b'],
		rows: Array.from({ length: n }, (_, i) => [`row ${i}`, 'x']),
		alt: 't'
	});

	it('goes on in slides of at most five rows, spread evenly, the first under the lines the fewest', () => {
		const box = { w: 12, h: 5 };
		expect(tablePages(table(4), box, box).map((p) => p.rows.length)).toEqual([4]);
		expect(tablePages(table(6), box, box).map((p) => p.rows.length)).toEqual([3, 3]);
		expect(tablePages(table(11), box, box).map((p) => p.rows.length)).toEqual([3, 4, 4]);
		expect(tablePages(table(25), box, box).map((p) => p.rows.length)).toEqual([5, 5, 5, 5, 5]);
	});

	it('keeps its rows in order across its slides', () => {
		const box = { w: 12, h: 5 };
		expect(tablePages(table(11), box, box).flatMap((p) => p.rows.map((r) => r[0]))).toEqual(
			table(11).rows.map((r) => r[0])
		);
	});

	it('takes fewer rows a slide when they do not fit', () => {
		expect(
			tablePages(table(6), { w: 12, h: 2 }, { w: 12, h: 2 }).every((p) => p.rows.length < 5)
		).toBe(true);
	});
});

describe('a deck made in the browser from deck.json', () => {
	const story = storyData(dataset, 'zh', 'https://example.org');
	const { deck } = deckOf('zh');
	const json = {
		deck,
		chapters: story.chapters.map((c) => ({ id: c.id, steps: c.steps.map((s) => ({ id: s.id })) }))
	};

	it('keeps the chosen slides, every page of a split table with its step, and the speaker’s cover', () => {
		const chosen = chosenDeck(
			json,
			{ kind: 'own', keys: ['targets/all', 'on-track'] },
			{
				occasion: '某次会议',
				speaker: '',
				date: ''
			}
		);
		const keys = slidesOf(story.chapters, { kind: 'own', keys: ['targets/all', 'on-track'] }).map(
			(s) => s.key
		);
		expect([...new Set(chosen.slides.map((s) => s.key))]).toEqual(keys);
		expect(chosen.slides.filter((s) => s.key === 'targets/all')).toEqual(
			deck.slides.filter((s) => s.key === 'targets/all')
		);
		expect(chosen.slides[0]!.kicker).toBe('某次会议');
	});

	it('is the prebuilt deck when every slide is chosen and no cover set', async () => {
		const all = chosenDeck(json, { kind: 'all' }, EMPTY_COVER);
		expect(Buffer.from(await pptxFile(all)).equals(Buffer.from(await pptxFile(deck)))).toBe(true);
	});
});

describe('a step’s picture, for the charts that are neither bars, lines nor a table', () => {
	it('is only the map’s: every other chart is native', () => {
		expect(pictureSteps()).toEqual([{ chapter: 'where', step: 'changqing' }]);
	});

	it.each(['zh', 'en'] as const)(
		'sets no text under 18 pt once fitted into its slide, and names Changqing (%s)',
		async (locale) => {
			for (const { chapter, step } of pictureSteps()) {
				const picture = await stepPicture(locale, chapter, step, dataset);
				expect(picture.leastPt, `${chapter}/${step}`).toBeGreaterThanOrEqual(LEAST_PT);
				expect(picture.png.subarray(1, 4).toString()).toBe('PNG');
				expect(picture.text).toContain(locale === 'zh' ? '长清区' : 'Changqing');
			}
		}
	);
});
