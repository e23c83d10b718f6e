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
import { MESSAGES } from '$lib/i18n/messages';
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

/** At most `max` lines of `content`; the last one ends in an ellipsis if words were left out. */
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
	while (last && measure.width(`${last}…`, size, weight) > width)
		last = [...last].slice(0, -1).join('');
	return [...lines.slice(0, max - 1), `${last.trimEnd()}…`];
}

/** The story's point: each target judged on pace, how much of the way it has come. */
function storyVisual(dataset: Dataset, locale: Locale, measure: Measure): Scene {
	const view = heroView(dataset);
	const m = MESSAGES[locale].story.hero;
	const lex = lexicon(dataset, locale, view);
	const fmt = createFormat(locale, lex.units);
	const width = RIGHT.width;
	const marks: Mark[] = [];
	let y = 0;
	const heading = wrap(m.title, width, 30, measure, 700);
	marks.push(text(0, measure.ascent * 30, heading, 30, { weight: 700, fill: PALETTE.ink }));
	y += textHeight(heading.length, 30) + 22;
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
	y += textHeight(key.length, 18);
	return { marks, height: y };
}

/** The card of the page at `path`, as an SVG document. */
export function cardSvg(dataset: Dataset, path: string, meta: PageMeta): string {
	const locale = localeOf(path);
	const measure = fontMeasure(locale);
	const site = MESSAGES[locale].site.name;
	// "全部图表｜长清 2020 → 2035": the site's name is on the card already
	const parts = meta.title.split(/[｜|]/u).map((t) => t.trim());
	const title = (parts[0] === site && parts[1] ? parts[1] : parts.find((p) => p !== site)) ?? site;
	const visual: Scene | undefined =
		meta.card.kind === 'story'
			? storyVisual(dataset, locale, measure)
			: meta.card.kind === 'chart'
				? chartScene(dataset, meta.card.chart, locale, 'final', DOWNLOAD_WIDTH, measure)
				: undefined;
	const width = (visual ? RIGHT.x - 48 : CARD.width - PAD) - PAD;
	const marks: Mark[] = [
		{ type: 'rect', x: 0, y: 0, width: 14, height: CARD.height, fill: PALETTE.accent }
	];
	let y = 64;
	marks.push(text(PAD, y + measure.ascent * 30, site, 30, { weight: 700, fill: PALETTE.accent }));
	y += 30 + 36;
	const titleSize = visual ? 46 : 60;
	const titleLines = clamp(title, width, titleSize, 4, measure, 700);
	marks.push(text(PAD, y + measure.ascent * titleSize, titleLines, titleSize, { weight: 700 }));
	y += textHeight(titleLines.length, titleSize, 1.3) + 28;
	const room = Math.floor((CARD.height - 90 - y) / (26 * 1.5));
	const description = clamp(meta.description, width, 26, Math.max(0, Math.min(3, room)), measure);
	marks.push(
		text(PAD, y + measure.ascent * 26, description, 26, { fill: PALETTE.inkSoft, leading: 1.5 })
	);
	marks.push(
		text(PAD, CARD.height - 48, MESSAGES[locale].story.kicker, 22, { fill: PALETTE.inkSoft })
	);
	if (visual) {
		const scale = Math.min(1, RIGHT.height / visual.height);
		const viewWidth = meta.card.kind === 'chart' ? DOWNLOAD_WIDTH : RIGHT.width;
		const height = Math.min(RIGHT.height, visual.height * (RIGHT.width / viewWidth));
		marks.push({
			type: 'inset',
			x: RIGHT.x,
			y: RIGHT.y + (RIGHT.height - height) / 2,
			width: RIGHT.width,
			height: meta.card.kind === 'chart' ? height : visual.height * scale,
			scene: visual,
			viewWidth
		});
	}
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
