/**
 * The story's pictures for WeChat, drawn as the charts' pictures are (marks, rendered by resvg
 * with the picture font): a 900×383 cover, the shape a WeChat article's cover takes, with the
 * story's finding; and 一图读懂, the story at a glance as one long picture a phone shows at
 * full width: the finding, the targets judged on pace, the 2020 starting line, incomes and the
 * 2035 vision, each in the words of its chapter and cited as the charts are.
 */
import type { Dataset } from '$lib/data/schema';
import { embedView } from '$lib/embed/embed.server';
import { lexicon } from '$lib/i18n/lexicon';
import { localePath, type Locale } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/all-messages';
import { chartScene } from '$lib/picture/charts.server';
import { fontMeasure } from '$lib/picture/fonts.server';
import { framed, sizes } from '$lib/picture/frame';
import { PALETTE } from '$lib/picture/palette';
import { svgDocument } from '$lib/picture/render.server';
import { text, textHeight, type Mark, type Scene } from '$lib/picture/scene';
import { wrap } from '$lib/picture/text';
import { chapterCopy, chapters } from '$lib/story/story';
import { STORY_VISUAL_WIDTH, storyFinding, storyVisual } from './card.server';

/** WeChat's article cover: 2.35 to 1. */
export const COVER = { width: 900, height: 383 } as const;

/** The glance is laid out as a phone's chart picture is: 540 px wide, 900 px type, drawn at 2×. */
export const GLANCE = { width: 540, typeWidth: 900 } as const;

/** The charts the glance shows after the targets, by chapter, in story order. */
const GLANCE_CHAPTERS = ['baseline', 'livelihood', 'vision'] as const;

/** The cover: the site's name, the story's finding as large as three lines allow, its kicker. */
export function coverSvg(dataset: Dataset, locale: Locale): string {
	const measure = fontMeasure(locale);
	const m = MESSAGES[locale];
	const pad = 48;
	const width = COVER.width - 2 * pad;
	const marks: Mark[] = [
		{ type: 'rect', x: 0, y: 0, width: 12, height: COVER.height, fill: PALETTE.accent }
	];
	let y = 40;
	marks.push(
		text(pad, y + measure.ascent * 26, m.site.name, 26, { weight: 700, fill: PALETTE.accent })
	);
	y += 26 + 28;
	const headline = storyFinding(dataset, locale);
	const size =
		[48, 44, 40, 36, 32].find((s) => wrap(headline, width, s, measure, 700).length <= 3) ?? 32;
	const lines = wrap(headline, width, size, measure, 700);
	marks.push(text(pad, y + measure.ascent * size, lines, size, { weight: 700, leading: 1.25 }));
	marks.push(text(pad, COVER.height - 36, m.story.kicker, 20, { fill: PALETTE.inkSoft }));
	return svgDocument({
		...COVER,
		marks,
		locale,
		title: m.story.title,
		description: headline
	});
}

/** The story at a glance, one long picture: its finding and four of its charts, with sources. */
export function glanceSvg(dataset: Dataset, locale: Locale, origin: string) {
	const measure = fontMeasure(locale);
	const m = MESSAGES[locale];
	const s = sizes(GLANCE.typeWidth);
	const byId = new Map(chapters().map((c) => [c.id, c]));
	const address = new URL(localePath(locale, '/'), origin).href;
	// the documents behind every chart shown, as each chart's picture names them
	const shown = ['target-progress', ...GLANCE_CHAPTERS.map((id) => byId.get(id)!.chart)];
	const titles = lexicon(dataset, locale).titles;
	const sources = [...new Set(shown.flatMap((chart) => embedView(dataset, locale, chart).sources))]
		.map((id) => m.chart.docTitle({ title: titles[id] ?? id }))
		.join(m.embed.sourceJoin);
	const scene = framed(
		{
			// the finding is the first section's heading, as on the first screen
			title: m.story.glance.title({ site: m.site.name }),
			source: `${m.embed.sources}${sources}`,
			credit: `${m.embed.credit({ site: m.site.name })} · ${address}`
		},
		GLANCE.width,
		measure,
		(box): Scene => {
			const marks: Mark[] = [];
			let y = box.y;
			const heading = (words: string) => {
				const lines = wrap(words, box.width, s.subtitle, measure, 700);
				marks.push(
					text(box.x, y + measure.ascent * s.subtitle, lines, s.subtitle, {
						weight: 700,
						fill: PALETTE.accent
					})
				);
				y += textHeight(lines.length, s.subtitle) + s.small * 0.6;
			};
			const inset = (scene: Scene, viewWidth: number) => {
				const height = scene.height * (box.width / viewWidth);
				marks.push({
					type: 'inset',
					x: box.x,
					y,
					width: box.width,
					height,
					scene,
					viewWidth
				});
				y += height + s.pad;
			};
			// the targets judged on pace: the first screen's rows
			heading(m.story.hero.title);
			const visual = storyVisual(dataset, locale, measure);
			inset(visual, STORY_VISUAL_WIDTH);
			for (const id of GLANCE_CHAPTERS) {
				const chapter = byId.get(id)!;
				const copy = chapterCopy(chapter, locale);
				heading(`${copy.kicker}${m.story.glance.between}${copy.title}`);
				inset(
					chartScene(dataset, chapter.chart, locale, 'final', box.width, measure, GLANCE.typeWidth),
					box.width
				);
			}
			return { marks, height: y - box.y - s.pad };
		},
		GLANCE.typeWidth
	);
	return {
		svg: svgDocument({
			width: GLANCE.width,
			height: scene.height,
			marks: scene.marks,
			locale,
			title: m.story.glance.title({ site: m.site.name }),
			description: storyFinding(dataset, locale)
		}),
		marks: scene.marks,
		width: GLANCE.width,
		height: scene.height
	};
}
