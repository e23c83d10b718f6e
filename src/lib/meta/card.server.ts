/**
 * A page's share card, 1200×630: the site's name, the page's title and description, and
 * beside them what the page is about: the story's point (how far each target judged on pace
 * has come, against the time gone by), or the page's chart. Drawn as marks, like the charts'
 * pictures, and rendered to PNG by resvg with the picture font.
 */
import { STATUS_LABELS } from '$lib/data/labels';
import type { Dataset } from '$lib/data/schema';
import { createFormat } from '$lib/format/format';
import { lexicon } from '$lib/i18n/lexicon';
import { localeOf, type Locale } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/all-messages';
import { chartScene, DOWNLOAD_WIDTH } from '$lib/picture/charts.server';
import { fontMeasure } from '$lib/picture/fonts.server';
import { PALETTE } from '$lib/picture/palette';
import { renderPng, svgDocument } from '$lib/picture/render.server';
import { text, textHeight, type Mark, type Scene } from '$lib/picture/scene';
import { wrap, type Measure } from '$lib/picture/text';
import { heroView } from '$lib/story/hero';
import { CARD, type PageMeta } from './meta';

const PAD = 64;
const RIGHT = { x: 640, y: 56, width: 500, height: CARD.height - 112 };

/**
 * At most `max` lines of `content`; if words were left out, the last line ends in an
 * ellipsis after a whole word (English) or character (Chinese).
 */
function clamp(
	content: string,
	width: number,
	size: number,
	max: number,
	measure: Measure,
	weight: 400 | 700 = 400
): string[] {
	const lines = wrap(content, width, size, measure, weight);
	if (lines.length <= max) return lines;
	let last = lines[max - 1]!;
	const fits = (line: string) => measure.width(`${line}…`, size, weight) <= width;
	while (last && !fits(last)) {
		const space = last.lastIndexOf(' ');
		last = space > 0 ? last.slice(0, space) : [...last].slice(0, -1).join('');
	}
	return [...lines.slice(0, max - 1), `${last.replace(/[\s,;:，；：、·]+$/u, '')}…`];
}

/** The width the story's point is laid out at (beside a card's words, or scaled into a picture). */
export const STORY_VISUAL_WIDTH = RIGHT.width;

/** The story's finding, as its first screen states it: how many targets grow too slowly. */
export function storyFinding(dataset: Dataset, locale: Locale): string {
	const view = heroView(dataset);
	return MESSAGES[locale].story.hero.headline({
		year: view.latestYear,
		rows: view.rows.length,
		behind: view.behind
	});
}

/** The story's point: each target judged on pace, how much of the way it has come. */
export function storyVisual(dataset: Dataset, locale: Locale, measure: Measure): Scene {
	const view = heroView(dataset);
	const m = MESSAGES[locale].story.hero;
	const lex = lexicon(dataset, locale, view);
	const fmt = createFormat(locale, lex.units);
	const width = STORY_VISUAL_WIDTH;
	const marks: Mark[] = [];
	let y = 0;
	const heading = clamp(storyFinding(dataset, locale), width, 28, 4, measure, 700);
	marks.push(text(0, measure.ascent * 28, heading, 28, { weight: 700, fill: PALETTE.ink }));
	y += textHeight(heading.length, 28) + 22;
	for (const row of view.rows.slice(0, 4)) {
		const name = clamp(lex.metrics[row.target.id] ?? row.target.id, width, 22, 1, measure);
		marks.push(text(0, y + measure.ascent * 22, name, 22, { fill: PALETTE.ink }));
		y += 22 + 10;
		const barWidth = width - 190;
		marks.push({ type: 'rect', x: 0, y, width: barWidth, height: 18, fill: PALETTE.accentSoft });
		marks.push({
			type: 'rect',
			x: 0,
			y,
			width: barWidth * Math.max(0, Math.min(row.progress, 1)),
			height: 18,
			fill: PALETTE.accent
		});
		const tick = barWidth * view.elapsed;
		marks.push({
			type: 'line',
			x1: tick,
			x2: tick,
			y1: y - 5,
			y2: y + 23,
			stroke: PALETTE.ink,
			strokeWidth: 2,
			dash: '4 3'
		});
		marks.push(
			text(barWidth + 14, y + 16, m.share({ share: fmt.percent(row.progress * 100) }), 20, {
				fill: PALETTE.ink
			})
		);
		y += 18 + 8;
		marks.push(
			text(0, y + measure.ascent * 18, STATUS_LABELS[row.status][locale], 18, {
				fill: PALETTE.inkSoft
			})
		);
		y += 18 + 20;
	}
	const key = wrap(m.elapsed({ year: view.latestYear }), width, 18, measure);
	marks.push(text(0, y + measure.ascent * 18, key, 18, { fill: PALETTE.inkSoft }));
	y += textHeight(key.length, 18) + measure.descent * 18;
	return { marks, height: y };
}

/** The title a card shows: the page's, less the site's name, which the card says already. */
function cardTitle(title: string, site: string): string {
	const parts = title.split(/[｜|]/u).map((t) => t.trim());
	return parts.find((p) => p !== site) ?? site;
}

/**
 * A chart's card: the site, the title across the top, and the chart itself below: whole if
 * it shrinks to fit legibly, else at close to its download's size, cut where the card ends and
 * faded out, legible in a chat's preview where a tall chart shrunk to fit would be grey noise.
 */
function chartCard(dataset: Dataset, locale: Locale, chart: string, title: string): Mark[] {
	const measure = fontMeasure(locale);
	const site = MESSAGES[locale].site.name;
	const width = CARD.width - 2 * PAD;
	const marks: Mark[] = [];
	let y = 48;
	marks.push(text(PAD, y + measure.ascent * 26, site, 26, { weight: 700, fill: PALETTE.accent }));
	y += 26 + 18;
	const lines = clamp(title, width, 44, 2, measure, 700);
	marks.push(text(PAD, y + measure.ascent * 44, lines, 44, { weight: 700, leading: 1.25 }));
	y += textHeight(lines.length, 44, 1.25) + 28;
	const scene = chartScene(dataset, chart, locale, 'final', DOWNLOAD_WIDTH, measure);
	const room = CARD.height - y - 24;
	// a chart up to about twice the room shrinks to fit (a map cut would lose its point); a
	// taller one, a list, keeps its type legible and shows its first rows
	const fits = scene.height * (width / DOWNLOAD_WIDTH) <= room * 2.2;
	const scale = fits
		? Math.min(width / DOWNLOAD_WIDTH, room / scene.height)
		: width / DOWNLOAD_WIDTH;
	const shown = Math.min(scene.height, room / scale);
	const drawnWidth = DOWNLOAD_WIDTH * scale;
	marks.push({
		type: 'inset',
		x: PAD + (width - drawnWidth) / 2,
		y: y + (room - shown * scale) / 2,
		width: drawnWidth,
		height: shown * scale,
		scene,
		viewWidth: DOWNLOAD_WIDTH,
		viewHeight: shown
	});
	if (shown < scene.height)
		marks.push({
			type: 'fade',
			x: PAD,
			y: CARD.height - 24 - 90,
			width,
			height: 90,
			colour: PALETTE.paper
		});
	return marks;
}

/** A page's card beside the story's point: the site, its title and description, the point. */
function storyCard(dataset: Dataset, locale: Locale, meta: PageMeta, title: string): Mark[] {
	const measure = fontMeasure(locale);
	const site = MESSAGES[locale].site.name;
	const visual = storyVisual(dataset, locale, measure);
	const width = RIGHT.x - 48 - PAD;
	const marks: Mark[] = [];
	let y = 64;
	marks.push(text(PAD, y + measure.ascent * 30, site, 30, { weight: 700, fill: PALETTE.accent }));
	y += 30 + 36;
	// the title as large as three lines allow
	const size = [52, 46, 40].find((s) => wrap(title, width, s, measure, 700).length <= 3) ?? 40;
	const lines = clamp(title, width, size, 3, measure, 700);
	marks.push(text(PAD, y + measure.ascent * size, lines, size, { weight: 700, leading: 1.25 }));
	y += textHeight(lines.length, size, 1.25) + 28;
	const room = Math.floor((CARD.height - 100 - y) / (24 * 1.5)) + 1;
	const description = clamp(meta.description, width, 24, Math.max(0, Math.min(4, room)), measure);
	marks.push(
		text(PAD, y + measure.ascent * 24, description, 24, { fill: PALETTE.inkSoft, leading: 1.5 })
	);
	marks.push(
		text(PAD, CARD.height - 48, MESSAGES[locale].story.kicker, 22, { fill: PALETTE.inkSoft })
	);
	const scale = Math.min(1, RIGHT.height / visual.height);
	marks.push({
		type: 'inset',
		x: RIGHT.x,
		y: RIGHT.y + (RIGHT.height - visual.height * scale) / 2,
		width: RIGHT.width,
		height: visual.height * scale,
		scene: visual,
		viewWidth: RIGHT.width
	});
	return marks;
}

/** The card of the page at `path`, as an SVG document. */
export function cardSvg(dataset: Dataset, path: string, meta: PageMeta): string {
	const locale = localeOf(path);
	const title = cardTitle(meta.title, MESSAGES[locale].site.name);
	const marks: Mark[] = [
		{ type: 'rect', x: 0, y: 0, width: 14, height: CARD.height, fill: PALETTE.accent },
		...(meta.card.kind === 'chart'
			? chartCard(dataset, locale, meta.card.chart, title)
			: storyCard(dataset, locale, meta, title))
	];
	return svgDocument({
		...CARD,
		marks,
		locale,
		title: meta.title,
		description: meta.description
	});
}

/** The card as a PNG, 1200×630. */
export const cardPng = async (dataset: Dataset, path: string, meta: PageMeta) =>
	(await renderPng(cardSvg(dataset, path, meta), 1, localeOf(path))).png;
