/**
 * The story's chapters as islands. Hydrating all eleven chapters with their charts at once
 * blocked a slow phone's main thread for most of a second. Instead each chapter is rendered on
 * the server as its own Svelte root; the page takes that HTML as it is (an `{@html}` block,
 * which hydration adopts without walking it), and each chapter is hydrated on its own when it
 * comes near the viewport, its chart's code loaded only then.
 */
import { hydrate, mount, unmount } from 'svelte';
import { loadCharts } from '$lib/charts/registry';
import type { Lexicon } from '$lib/i18n/lexicon';
import type { Locale } from '$lib/i18n/locale';
import type { BaselineView } from './baseline';
import ChapterIsland from './ChapterIsland.svelte';
import type { ChapterView } from './story';

/** Which chapter holds the headline 2020 figures. */
export const BASELINE_CHAPTER = 'baseline';

export interface IslandProps {
	chapters: ChapterView[];
	baseline: BaselineView;
	locale: Locale;
	lexicon: Lexicon;
}

/** Each chapter's props as an island, and its id prefix: ids stay unique across roots. */
export function islandProps(p: IslandProps, i: number) {
	const chapter = p.chapters[i]!;
	return {
		props: {
			chapter,
			number: i + 1,
			locale: p.locale,
			lexicon: p.lexicon,
			...(chapter.id === BASELINE_CHAPTER ? { baseline: p.baseline } : {})
		},
		idPrefix: `${chapter.id}-`
	};
}

/** Server: every chapter rendered as a root of its own. */
export async function renderIslands(p: IslandProps): Promise<string[]> {
	const { render } = await import('svelte/server');
	await loadCharts(p.chapters.map((c) => c.chart));
	return p.chapters.map((_, i) => render(ChapterIsland, islandProps(p, i)).body);
}

/** What the browser gives the `{@html}` blocks: not empty, so hydration adopts the server's nodes. */
export const ADOPT = ' ';

/**
 * Browser: once the reader first scrolls, taps or presses a key, brings each island to life as
 * it nears the viewport (within one screen); all at once when the page was not prerendered (a
 * client-side navigation). Returns a stop function.
 */
export function wakeIslands(
	elements: HTMLElement[],
	p: IslandProps,
	onread: (chapterId: string) => void
): () => void {
	const started = new Set<number>();
	const live: Record<string, unknown>[] = [];
	let stopped = false;
	const wake = async (i: number) => {
		if (started.has(i)) return;
		started.add(i);
		const el = elements[i]!;
		await loadCharts([p.chapters[i]!.chart]);
		const { props, idPrefix } = islandProps(p, i);
		if (stopped) return;
		const options = { target: el, props: { ...props, onread }, idPrefix };
		performance.mark(`island:${p.chapters[i]!.id}`);
		live.push(prerendered ? hydrate(ChapterIsland, options) : mount(ChapterIsland, options));
		performance.measure(`island:${p.chapters[i]!.id}`, `island:${p.chapters[i]!.id}`);
	};
	const stop = () => {
		stopped = true;
		for (const island of live) void unmount(island);
	};
	const prerendered = elements.every((el) => el.children.length > 0);
	if (!prerendered) {
		elements.forEach((_, i) => void wake(i));
		return stop;
	}
	// Nothing wakes before the reader moves: the first screen is the title and the chapter list,
	// and a reader who only looks at it needs no chart code. A page opened at a chapter (a hash,
	// or a restored scroll position) starts at once.
	const INPUT = ['scroll', 'keydown', 'pointerdown', 'touchstart', 'hashchange'] as const;
	const start = () => {
		for (const type of INPUT) window.removeEventListener(type, start);
		for (const el of elements) observer.observe(el);
	};
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries)
				if (entry.isIntersecting) {
					observer.unobserve(entry.target);
					void wake(elements.indexOf(entry.target as HTMLElement));
				}
		},
		{ rootMargin: '100% 0px' }
	);
	if (location.hash || window.scrollY > 0) start();
	else for (const type of INPUT) window.addEventListener(type, start, { passive: true });
	return () => {
		for (const type of INPUT) window.removeEventListener(type, start);
		observer.disconnect();
		stop();
	};
}
