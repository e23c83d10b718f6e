/**
 * The .pptx files the build makes, and what they are made from: the full deck and the short
 * edition in each language (`/present/deck.pptx`, `/present/short.pptx`), `deck.json` (every
 * slide of the full deck, pictures by address, for the browser to make a deck of its own
 * choice), and the picture of each step whose chart is not native (`/present/pictures/…`).
 * Server only: it renders PNGs with the picture fonts and reads the dataset.
 */
import { chartSpec } from '$lib/charts/specs';
import type { Dataset } from '$lib/data/schema';
import { createFormat } from '$lib/format/format';
import { localePath, type Locale } from '$lib/i18n/locale';
import { chartScene, chartWords } from '$lib/picture/charts.server';
import { fontMeasure } from '$lib/picture/fonts.server';
import { PALETTE } from '$lib/picture/palette';
import { assertTextDrawn, renderPng, svgDocument } from '$lib/picture/render.server';
import { textBoxes, textProblems, type Scene } from '$lib/picture/scene';
import { loadDataset } from '$lib/server/dataset';
import { imprint } from '$lib/server/imprint';
import { publicOrigin } from '$lib/server/origin';
import { storyData, type StoryData } from '$lib/story/story-data';
import { segmentText } from '$lib/story/plain';
import { chapters } from '$lib/story/story';
import { EMPTY_COVER } from './cover';
import { deckView } from './deck';
import { isNative } from './native';
import { chartBox, pptxFile, type Box } from './pptx';
import { pptxDeck, type DeckJson, type StepRef } from './pptx-deck';
import { slidesOf, type DeckChoice } from './slides';

/** A .pptx's content type. */
export const PPTX_TYPE =
	'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Every step whose chart goes on its slide as a picture: the picture route's entries. */
export const pictureSteps = () =>
	chapters()
		.filter((c) => !isNative(c.chart))
		.flatMap((c) => c.steps.map((s) => ({ chapter: c.id, step: s.id })));

/** Where a step's picture is served, in a locale. */
export const pictureUrl = (locale: Locale, ref: Pick<StepRef, 'chapter' | 'step'>) =>
	localePath(locale, `/present/pictures/${ref.chapter}/${ref.step}.png`);

/** Where `deck.json` is served, in a locale. */
export const deckJsonUrl = (locale: Locale) => localePath(locale, '/present/deck.json');

/**
 * How a picture is set on a projector: a 1920 px wide projection puts 144 px in an inch of
 * the slide, and the PNG has about as many, so it is neither blurred nor needlessly heavy.
 */
const PX_PER_INCH = 144;

/**
 * The layouts tried for a step's picture: its width in px, and the width its type is sized
 * for (see `framed`). The chart's own layout decides its height; the slide's box is wide and
 * low (about 12 × 4.5 in), so the one kept is the one that says the most with no text under
 * `LEAST_PT` once the picture is scaled into the box (see `better`), with no text on text or
 * off the picture.
 */
const WIDTHS = [1000, 1300, 1600, 2000];
const TYPE_WIDTHS = [1000, 1300, 1600, 1950];

/** A step's picture: its PNG and the size its smallest text is set at on the slide, in points. */
export interface StepPicture {
	png: Buffer;
	width: number;
	height: number;
	leastPt: number;
	/** Each line of text it sets. */
	text: string[];
}

const pictures = new Map<string, Promise<StepPicture>>();

/** The smallest text a scene sets, in px. */
const leastText = (scene: Scene) =>
	Math.min(...scene.marks.map((m) => (m.type === 'text' ? m.size : Infinity)));

/**
 * A step's chart alone, unframed (the slide carries its title), on white, in the step's
 * state, laid out for the slide's box at the largest type that fits: see `WIDTHS`. Made once
 * per build and locale: the picture route and both decks share it.
 */
export function stepPicture(
	locale: Locale,
	chapterId: string,
	stepId: string,
	dataset: Dataset = loadDataset()
): Promise<StepPicture> {
	const key = `${locale}/${chapterId}/${stepId}`;
	let made = pictures.get(key);
	if (!made) {
		made = drawStep(dataset, locale, chapterId, stepId);
		pictures.set(key, made);
	}
	return made;
}

async function drawStep(
	dataset: Dataset,
	locale: Locale,
	chapterId: string,
	stepId: string
): Promise<StepPicture> {
	const story = storyFor(dataset, locale);
	const chapter = story.chapters.find((c) => c.id === chapterId);
	const step = chapter?.steps.find((s) => s.id === stepId);
	if (!chapter || !step) throw new Error(`No step "${chapterId}/${stepId}" in the story`);
	const fmt = createFormat(locale, story.lexicon.units);
	// the box the step's own slide leaves under its title and lines
	const box = chartBox({
		title: segmentText(step.slide.title, fmt),
		lines: step.slide.lines.map((l) => segmentText(l, fmt))
	});
	const measure = fontMeasure(locale);
	let best: { scene: Scene; width: number; pt: number; said: number; scale: number } | undefined;
	for (const width of WIDTHS)
		for (const typeWidth of TYPE_WIDTHS) {
			let scene: Scene;
			try {
				scene = chartScene(
					dataset,
					chapter.chart,
					locale,
					step.state,
					width,
					measure,
					typeWidth,
					true
				);
			} catch {
				continue; // the layout has no room for type this large at this width
			}
			if (textProblems(scene.marks, measure, { width, height: scene.height }).length) continue;
			const scale = inchesPerPx(box, width, scene.height);
			const pt = leastText(scene) * scale * 72;
			const said = scene.marks.filter((m) => m.type === 'text').length;
			if (!best || better({ pt, said }, best)) best = { scene, width, pt, said, scale };
		}
	if (!best)
		throw new Error(`${chapterId}/${stepId}: the chart "${chapter.chart}" lays out at no size`);
	const { scene, width } = best;
	const height = Math.ceil(scene.height);
	const w = chartWords(chapter.chart, locale);
	const spec = chartSpec(chapter.chart);
	const svg = svgDocument({
		width,
		height,
		marks: scene.marks,
		locale,
		title: w.title,
		description: spec.describe(chapter.data, spec.states[step.state], {
			locale,
			w,
			lex: story.lexicon,
			fmt
		})
		// the slide is white, not the site's paper
	}).replaceAll(`"${PALETTE.paper}"`, '"#ffffff"');
	const pngScale = Math.min(2, Math.max(0.5, best.scale * PX_PER_INCH));
	const drawn = await renderPng(svg, pngScale, locale);
	assertTextDrawn(
		`${chapterId}/${stepId} (${locale})`,
		drawn,
		textBoxes(scene.marks, measure),
		pngScale
	);
	return {
		png: drawn.png,
		width: drawn.width,
		height: drawn.height,
		leastPt: best.pt,
		text: scene.marks.flatMap((m) => (m.type === 'text' ? m.lines : []))
	};
}

/** The least a slide sets its text at, in points: what the hall's back rows read. */
export const LEAST_PT = 18;

/**
 * Whether a layout beats another: the one that says the most (a slide's map leaves out the
 * names that do not fit their districts) with no text under `LEAST_PT`, and of those the one
 * in the largest type; where none reaches it, the largest type.
 */
function better(a: { pt: number; said: number }, b: { pt: number; said: number }) {
	const big = (x: { pt: number }) => x.pt >= LEAST_PT;
	if (big(a) !== big(b)) return big(a);
	if (big(a) && a.said !== b.said) return a.said > b.said;
	return a.pt > b.pt + 0.01;
}

/** Inches on the slide per px of a picture `width` × `height` px fitted into `box`. */
const inchesPerPx = (box: Box, width: number, height: number) =>
	Math.min(box.w / width, box.h / height);

const stories = new Map<string, StoryData>();

/** The story in a locale, once per build. */
function storyFor(dataset: Dataset, locale: Locale): StoryData {
	let story = stories.get(locale);
	if (!story) {
		story = storyData(dataset, locale, publicOrigin());
		stories.set(locale, story);
	}
	return story;
}

/** The date a deck's file gives as its own: the publication's, else the newest source's. */
function deckDate(dataset: Dataset): string {
	const { published, sourcesUpTo } = imprint(dataset);
	const date = published ?? sourcesUpTo;
	return /^\d{4}-\d{2}$/u.test(date) ? `${date}-01` : date;
}

/** A deck in a locale: pictures as data URLs (a .pptx) or by address (`deck.json`). */
async function deckFor(locale: Locale, choice: DeckChoice, pictures: 'data' | 'url') {
	const dataset = loadDataset();
	const story = storyFor(dataset, locale);
	const slides = slidesOf(story.chapters, choice);
	const steps = slides.flatMap((s) =>
		s.kind === 'step' && !isNative(story.chapters[s.chapter]!.chart)
			? [
					{
						chapter: story.chapters[s.chapter]!.id,
						step: story.chapters[s.chapter]!.steps[s.step]!.id
					}
				]
			: []
	);
	const images = new Map<string, string>();
	if (pictures === 'data')
		for (const ref of steps) {
			const picture = await stepPicture(locale, ref.chapter, ref.step, dataset);
			images.set(
				`${ref.chapter}/${ref.step}`,
				`data:image/png;base64,${picture.png.toString('base64')}`
			);
		}
	return pptxDeck({
		story,
		deck: deckView(dataset, locale),
		slides,
		cover: EMPTY_COVER,
		locale,
		fmt: createFormat(locale, story.lexicon.units),
		lex: story.lexicon,
		origin: publicOrigin(),
		picture: (ref) => (pictures === 'data' ? images.get(ref.key) : pictureUrl(locale, ref)),
		chart: (id) => ({ states: chartSpec(id).states, words: chartWords(id, locale) }),
		date: deckDate(dataset)
	});
}

/** A prebuilt .pptx: every step, or the editors' short edition. */
export async function deckFile(
	locale: Locale,
	choice: DeckChoice
): Promise<Uint8Array<ArrayBuffer>> {
	return pptxFile(await deckFor(locale, choice, 'data'));
}

/** What the browser makes a deck of its own choice from, without the server. */
export async function deckJson(locale: Locale): Promise<DeckJson> {
	const dataset = loadDataset();
	const story = storyFor(dataset, locale);
	return {
		deck: await deckFor(locale, { kind: 'all' }, 'url'),
		chapters: story.chapters.map((c) => ({ id: c.id, steps: c.steps.map((s) => ({ id: s.id })) }))
	};
}
