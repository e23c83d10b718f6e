/**
 * The story's chapters as islands (see $lib/islands): each hydrates as the reader nears it.
 *
 * `/` carries none of the data they render from. The server renders them into the page (see
 * `islandMarker`) and the browser fetches their props, `/story/<locale>.json`, as they wake:
 * inlined, the chapters' chart data and copy were 111 KB of the page's HTML, which a slow
 * phone downloads before its first paint.
 */
import type { ComponentProps } from 'svelte';
import { loadCharts } from '$lib/charts/registry';
import type { Locale } from '$lib/i18n/locale';
import { renderIslands, wakeIslands, type Island } from '$lib/islands/islands';
import ChapterIsland from './ChapterIsland.svelte';
import type { StoryData } from './story-data';
import type { ChapterView } from './story';

/** Which chapter holds the headline 2020 figures. */
export const BASELINE_CHAPTER = 'baseline';

/** A chapter as `/` itself needs it: for the menu, and to load its chart's code as it nears. */
export type ChapterEntry = Pick<ChapterView, 'id' | 'kicker' | 'title' | 'chart'>;

export const chapterEntry = ({ id, kicker, title, chart }: ChapterView): ChapterEntry => ({
	id,
	kicker,
	title,
	chart
});

/** Where the browser finds the story's data (prerendered by src/routes/story/). */
export const storyDataPath = (locale: Locale) => `/story/${locale}.json`;

/** The key of the first screen's island; the chapters' are their ids. */
export const HERO = 'hero';

/** A chapter's props as an island. */
function chapterIsland(
	d: StoryData,
	locale: Locale,
	i: number,
	onread?: (chapterId: string) => void
): Island<ComponentProps<typeof ChapterIsland>> {
	const chapter = d.chapters[i]!;
	return {
		props: {
			chapter,
			number: i + 1,
			locale,
			lexicon: d.lexicon,
			link: d.links[chapter.id]!,
			...(chapter.id === BASELINE_CHAPTER ? { baseline: d.baseline } : {}),
			...(onread ? { onread } : {})
		},
		idPrefix: `${chapter.id}-`
	};
}

/** The first screen's point: its code loads after the page's, off the first paint's path. */
const heroIslandCode = () => import('./HeroIsland.svelte');
type HeroIsland = Awaited<ReturnType<typeof heroIslandCode>>['default'];

/** The first screen's point as an island: its props. */
function heroIsland(d: StoryData, locale: Locale): Island<ComponentProps<HeroIsland>> {
	return { props: { view: d.hero, locale, lexicon: d.lexicon }, idPrefix: `${HERO}-` };
}

/** Server: the first screen's point and every chapter, each rendered as a root of its own, by key. */
export async function renderStory(d: StoryData, locale: Locale): Promise<Record<string, string>> {
	await loadCharts(d.chapters.map((c) => c.chart));
	const chapters = await renderIslands(
		ChapterIsland,
		d.chapters.map((_, i) => chapterIsland(d, locale, i))
	);
	const { default: HeroIsland } = await heroIslandCode();
	const [hero] = await renderIslands(HeroIsland, [heroIsland(d, locale)]);
	return {
		[HERO]: hero!,
		...Object.fromEntries(d.chapters.map((c, i) => [c.id, chapters[i]!]))
	};
}

const fetched = new Map<Locale, Promise<StoryData>>();

/** Browser: the story's data, fetched once per locale (a failure is retried on the next call). */
export function fetchStory(locale: Locale): Promise<StoryData> {
	let data = fetched.get(locale);
	if (!data) {
		const path = storyDataPath(locale);
		data = fetch(path).then((response) => {
			if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
			return response.json() as Promise<StoryData>;
		});
		data.catch(() => fetched.delete(locale));
		fetched.set(locale, data);
	}
	return data;
}

/** Browser: the first screen's point comes to life with the reader's first move. */
export function wakeHero(element: HTMLElement, locale: Locale): () => void {
	let data: StoryData | undefined;
	return wakeIslands(
		heroIslandCode().then(({ default: HeroIsland }) => HeroIsland),
		[element],
		() => heroIsland(data!, locale),
		async () => {
			data = await fetchStory(locale);
		}
	);
}

/**
 * Browser: each chapter comes to life as the reader nears it, once its chart's code and the
 * story's data have loaded.
 */
export function wakeChapters(
	elements: HTMLElement[],
	chapters: ChapterEntry[],
	locale: Locale,
	onread?: (chapterId: string) => void
): () => void {
	let data: StoryData | undefined;
	return wakeIslands(
		ChapterIsland,
		elements,
		(i) => chapterIsland(data!, locale, i, onread),
		async (i) => {
			[data] = await Promise.all([fetchStory(locale), loadCharts([chapters[i]!.chart])]);
		}
	);
}
