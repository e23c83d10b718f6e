/**
 * The deck on screen as the slides of a .pptx (see pptx.ts): the same cover, one slide per step
 * with its title, lines and chart in the step's state, the close and the appendix, in the
 * same words (SlideView.svelte's), with each step's full text as its notes. A chart that is
 * bars, lines or a table is native (native.ts); any other is its picture, which the caller
 * gives. A table too tall for one slide goes on over several, each titled with its page.
 *
 * Client-safe: the build makes the full decks with it and `deck.json` for the browser, and
 * nothing here reads a file.
 */
import { chartBinding } from '$lib/charts/registry';
import type { BaseWords } from '$lib/charts/types';
import type { Format } from '$lib/format/format';
import { chapterNumber } from '$lib/format/number';
import type { Lexicon } from '$lib/i18n/lexicon';
import type { Locale } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/all-messages';
import type { StoryData } from '$lib/story/story-data';
import { segmentText } from '$lib/story/plain';
import type { CoverSettings } from './cover';
import type { DeckView } from './deck';
import { withCover } from './pptx-download';
import { nativeChart } from './native';
import { chartBox, tablePages, type PptxDeck, type PptxSlide, type PptxTable } from './pptx';
import { publicAddress, type ChapterRef as DeckChapter, type Slide } from './slides';

/** A step's slide, as `picture` is asked for its chart's image. */
export interface StepRef {
	/** The slide's key, `<chapter>/<step>`. */
	key: string;
	chapter: string;
	step: string;
	chart: string;
	state: string;
}

/**
 * `deck.json`: the full deck's slides, pictures by address, and the chapters' steps, from
 * which the browser keeps the slides of a deck of its own choice (`slidesOf`).
 */
export interface DeckJson {
	deck: PptxDeck;
	chapters: DeckChapter[];
}

/** A chart's states and its words in the deck's locale. */
export interface ChartRef {
	states: Record<string, unknown>;
	words: BaseWords;
}

export interface PptxDeckOptions {
	story: StoryData;
	deck: DeckView;
	/** The deck's slides, in order: `slidesOf(chapters, choice)`. */
	slides: Slide[];
	cover: CoverSettings;
	locale: Locale;
	fmt: Format;
	lex: Lexicon;
	/** The site's public origin; the close names it unless it is this machine's own. */
	origin?: string;
	/**
	 * The image of a step's chart that is not native: a PNG as a data URL, or the address the
	 * browser fetches it from (pptx-download.ts turns it into one); undefined leaves it out.
	 */
	picture: (slide: StepRef) => string | undefined;
	/** A chart's states and words; by default the registry's, which `loadCharts` has loaded. */
	chart?: (id: string) => ChartRef;
	/** The date the file gives as its own, YYYY-MM-DD (see `PptxDeck.date`). */
	date?: string;
}

/** A page of a step's table: its title and the page's place, "（1/2）" or " (1/2)". */
const paged = (title: string, n: number, of: number, locale: Locale) =>
	locale === 'zh' ? `${title}（${n}/${of}）` : `${title} (${n}/${of})`;

export function pptxDeck(options: PptxDeckOptions): PptxDeck {
	const { story, deck, slides, cover, locale, fmt, lex, origin, picture, date } = options;
	const m = MESSAGES[locale];
	const chartOf =
		options.chart ??
		((id: string) => {
			const binding = chartBinding(id);
			return { states: binding.spec.states, words: binding.words[locale] };
		});
	const text = (segments: Parameters<typeof segmentText>[0]) => segmentText(segments, fmt);
	const hero = story.hero;

	const out: PptxSlide[] = slides.flatMap((slide): PptxSlide[] => {
		if (slide.kind === 'cover')
			return [
				withCover(
					{
						key: slide.key,
						kind: 'cover',
						kicker: m.present.cover,
						title: m.story.heading,
						lines: [
							m.story.hero.headline({
								year: hero.latestYear,
								rows: hero.rows.length,
								behind: hero.behind
							})
						],
						big: hero.rows.map((row) => ({
							label: lex.metrics[row.target.id] ?? row.target.id,
							value: fmt.quantity(row.later),
							of: `${m.present.coverLatest({ year: row.later.year })} · ${m.present.coverTarget({
								year: row.target.year,
								value: fmt.quantity(row.target)
							})}`
						})),
						notes: m.story.dek
					},
					cover
				)
			];
		if (slide.kind === 'close') {
			const link = publicAddress(origin, locale);
			return [
				{
					key: slide.key,
					kind: 'close',
					title: text(deck.close.title),
					lines: deck.close.lines.map(text),
					...(link ? { link } : {}),
					sources:
						m.present.closeSources +
						Object.values(story.lexicon.titles)
							.map((title) => m.chart.docTitle({ title }))
							.join(m.embed.sourceJoin),
					notes: ''
				}
			];
		}
		if (slide.kind === 'caveats')
			return [
				{
					key: slide.key,
					kind: 'caveats',
					title: text(deck.caveats.title),
					lines: deck.caveats.lines.map(text),
					// for questions: how to read each chapter's figures, as the story folds it under its steps
					notes: story.chapters
						.filter((c) => c.notes.length)
						.map((c) => [c.kicker, ...c.notes.map(text)].join('\n'))
						.join('\n\n')
				}
			];
		const chapter = story.chapters[slide.chapter]!;
		const step = chapter.steps[slide.step]!;
		const ref = chartOf(chapter.chart);
		const base: PptxSlide = {
			key: slide.key,
			kind: 'step',
			kicker: `${chapterNumber(slide.part)} ${chapter.kicker}`,
			title: text(step.slide.title),
			lines: step.slide.lines.map(text),
			notes: step.text.map(text).join('\n\n')
		};
		const chart = nativeChart(chapter.chart, chapter.data, ref.states[step.state], {
			locale,
			w: ref.words,
			lex,
			fmt
		});
		if (chart?.kind === 'table') {
			// the boxes a page's title leaves, measured with a page number after it: the first
			// page under the step's lines, the others under their title alone
			const title = paged(base.title, 9, 9, locale);
			const first = chartBox({ title, lines: base.lines });
			const rest = chartBox({ title, lines: [] });
			const pages: PptxTable[] = tablePages(chart, first, rest);
			return pages.map((page, i) => ({
				...base,
				...(i > 0 ? { lines: [] } : {}),
				title: pages.length > 1 ? paged(base.title, i + 1, pages.length, locale) : base.title,
				chart: page
			}));
		}
		if (chart) return [{ ...base, chart }];
		const src = picture({
			key: slide.key,
			chapter: chapter.id,
			step: step.id,
			chart: chapter.chart,
			state: step.state
		});
		return [{ ...base, ...(src ? { picture: { src, alt: ref.words.title } } : {}) }];
	});

	return {
		locale,
		title: m.story.heading,
		author: m.site.name,
		...(date ? { date } : {}),
		slides: out
	};
}
