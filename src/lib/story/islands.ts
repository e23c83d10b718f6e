/** The story's chapters as islands (see $lib/islands): each hydrates as the reader nears it. */
import type { ComponentProps } from 'svelte';
import { loadCharts } from '$lib/charts/registry';
import type { Lexicon } from '$lib/i18n/lexicon';
import type { Locale } from '$lib/i18n/locale';
import { renderIslands, wakeIslands, type Island } from '$lib/islands/islands';
import type { BaselineView } from './baseline';
import ChapterIsland from './ChapterIsland.svelte';
import type { HeroView } from './hero';
import type { ChapterView } from './story';

/** Which chapter holds the headline 2020 figures. */
export const BASELINE_CHAPTER = 'baseline';

export interface StoryIslands {
	chapters: ChapterView[];
	baseline: BaselineView;
	locale: Locale;
	lexicon: Lexicon;
	/** Called when one of a chapter's steps becomes the one being read (browser only). */
	onread?: (chapterId: string) => void;
}

/** A chapter's props as an island. */
function chapterIsland(p: StoryIslands, i: number): Island<ComponentProps<typeof ChapterIsland>> {
	const chapter = p.chapters[i]!;
	return {
		props: {
			chapter,
			number: i + 1,
			locale: p.locale,
			lexicon: p.lexicon,
			...(chapter.id === BASELINE_CHAPTER ? { baseline: p.baseline } : {}),
			...(p.onread ? { onread: p.onread } : {})
		},
		idPrefix: `${chapter.id}-`
	};
}

/** Server: every chapter rendered as a root of its own. */
export async function renderChapters(p: StoryIslands): Promise<string[]> {
	await loadCharts(p.chapters.map((c) => c.chart));
	return renderIslands(
		ChapterIsland,
		p.chapters.map((_, i) => chapterIsland(p, i))
	);
}

/** The first screen's point: its code loads after the page's, off the first paint's path. */
const heroIslandCode = () => import('./HeroIsland.svelte');
type HeroIsland = Awaited<ReturnType<typeof heroIslandCode>>['default'];

/** The first screen's point as an island: its props. */
function heroIsland(p: HeroIslandProps): Island<ComponentProps<HeroIsland>> {
	return { props: { view: p.hero, locale: p.locale, lexicon: p.lexicon }, idPrefix: 'hero-' };
}

export interface HeroIslandProps {
	hero: HeroView;
	locale: Locale;
	lexicon: Lexicon;
}

/** Server: the first screen's point rendered as a root of its own. */
export async function renderHero(p: HeroIslandProps): Promise<string> {
	const { default: HeroIsland } = await heroIslandCode();
	return (await renderIslands(HeroIsland, [heroIsland(p)]))[0]!;
}

/** Browser: the first screen's point comes to life with the reader's first move. */
export function wakeHero(element: HTMLElement, p: HeroIslandProps): () => void {
	let stop = () => {};
	let stopped = false;
	heroIslandCode()
		.then(({ default: HeroIsland }) => {
			if (!stopped) stop = wakeIslands(HeroIsland, [element], () => heroIsland(p));
		})
		.catch(reportError);
	return () => {
		stopped = true;
		stop();
	};
}

/** Browser: each chapter comes to life as the reader nears it, its chart loaded then. */
export function wakeChapters(elements: HTMLElement[], p: StoryIslands): () => void {
	return wakeIslands(
		ChapterIsland,
		elements,
		(i) => chapterIsland(p, i),
		(i) => loadCharts([p.chapters[i]!.chart])
	);
}
