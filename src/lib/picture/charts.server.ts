/**
 * Every chart's picture: the chart's own layout (`src/lib/charts/<id>/picture.ts`) from its
 * prepared data, a state and its words, in the frame of title, chapter, sources and credit, as
 * an SVG document. What every download, card and slide image of a chart is made from.
 */
import type { AnyChartBinding } from '$lib/charts/types';
import type { Dataset } from '$lib/data/schema';
import { embedView } from '$lib/embed/embed.server';
import { createFormat } from '$lib/format/format';
import { lexicon } from '$lib/i18n/lexicon';
import { localePath, type Locale } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/all-messages';
import { fontMeasure } from './fonts.server';
import { framed, sizes } from './frame';
import { PALETTE } from './palette';
import { svgDocument } from './render.server';
import type { Mark, Scene } from './scene';
import type { Measure } from './text';
import type { AnyChartPicture, PictureBox } from './types';

const folder = (path: string) => path.split('/')[2]!;

const pictures = Object.fromEntries(
	Object.entries(
		import.meta.glob<{ picture: AnyChartPicture }>('../charts/*/picture.ts', { eager: true })
	).map(([path, m]) => [folder(path), m.picture])
);
const bindings = Object.fromEntries(
	Object.entries(
		import.meta.glob<{ chart: AnyChartBinding }>('../charts/*/chart.ts', { eager: true })
	).map(([path, m]) => [folder(path), m.chart])
);

/** A chart's words in a locale, by id. */
export function chartWords(id: string, locale: Locale): AnyChartBinding['words'][Locale] {
	const binding = bindings[id];
	if (!binding) throw new Error(`No chart "${id}"`);
	return binding.words[locale];
}

/** The charts that have a picture: every chart (a unit test holds it). */
export const PICTURED = Object.keys(pictures);

/** The width of a chart's download, in px: a wide newspaper image. */
export const DOWNLOAD_WIDTH = 1200;

export interface ChartPictureOptions {
	/** Its width in px. */
	width?: number;
	/** The width its type is sized for (its own by default; see `framed`). */
	typeWidth?: number;
	/** The site's public origin, for the credit's address. */
	origin: string;
	/** The font measure; the picture fonts' own for the locale by default. */
	measure?: Measure;
}

export interface RenderedPicture {
	svg: string;
	width: number;
	height: number;
	marks: Mark[];
}

/** What a chart's picture is made from in a locale: its spec, data, words and formats. */
function prepared(dataset: Dataset, id: string, locale: Locale, state: string) {
	const picture = pictures[id];
	const binding = bindings[id];
	if (!picture || !binding)
		throw new Error(`No picture for the chart "${id}": add src/lib/charts/${id}/picture.ts`);
	const { spec } = binding;
	if (!Object.hasOwn(spec.states, state))
		throw new Error(`The chart "${id}" has no state "${state}"`);
	const view = embedView(dataset, locale, id);
	const lex = lexicon(dataset, locale, view.data);
	const t = { locale, w: binding.words[locale], lex, fmt: createFormat(locale, lex.units) };
	const layout = (box: PictureBox) => picture.layout(view.data, spec.states[state], t, box);
	return { spec, view, t, layout, stateValue: spec.states[state] as unknown };
}

/**
 * A chart's marks alone, without its frame, laid out at `width` from (0, 0) (type: see `framed`;
 * `slide`: see `PictureBox`).
 */
export function chartScene(
	dataset: Dataset,
	id: string,
	locale: Locale,
	state: string,
	width: number,
	measure: Measure = fontMeasure(locale),
	typeWidth = width,
	slide = false
): Scene {
	const s = sizes(typeWidth);
	return prepared(dataset, id, locale, state).layout({
		x: 0,
		y: 0,
		width,
		measure,
		size: { label: s.label, value: s.value, small: s.small },
		palette: PALETTE,
		...(slide ? { slide } : {})
	});
}

/** One chart in one state and locale, framed, as an SVG document. */
export function chartPicture(
	dataset: Dataset,
	id: string,
	locale: Locale,
	state: string,
	{
		width = DOWNLOAD_WIDTH,
		typeWidth = width,
		origin,
		measure = fontMeasure(locale)
	}: ChartPictureOptions
): RenderedPicture {
	const { spec, view, t, layout, stateValue } = prepared(dataset, id, locale, state);
	const m = MESSAGES[locale];
	const sources = view.sources
		.map((s) => m.chart.docTitle({ title: t.lex.titles[s] ?? s }))
		.join(m.embed.sourceJoin);
	const address = new URL(localePath(locale, `/embed/${id}/`), origin).href;
	const scene = framed(
		{
			title: t.w.title,
			subtitle: m.embed.chapter(view.chapter),
			source: `${m.embed.sources}${sources}`,
			credit: `${m.embed.credit({ site: m.site.name })} · ${address}`
		},
		width,
		measure,
		layout,
		typeWidth
	);
	const svg = svgDocument({
		width,
		height: scene.height,
		marks: scene.marks,
		locale,
		title: t.w.title,
		description: spec.describe(view.data, stateValue, t)
	});
	return { svg, width, height: scene.height, marks: scene.marks };
}
