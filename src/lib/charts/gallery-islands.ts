/** Every chart in every state: the /charts/ page, each frame an island (see $lib/islands). */
import type { ComponentProps } from 'svelte';
import ChartAlone from '$lib/components/ChartAlone.svelte';
import type { Lexicon } from '$lib/i18n/lexicon';
import type { Locale } from '$lib/i18n/locale';
import { renderIslands, wakeIslands, type Island } from '$lib/islands/islands';
import type { ChartGalleryView } from './gallery.server';
import { loadCharts } from './registry';

/** Every (chart, state) frame of the gallery, in page order. */
export const galleryFrames = (charts: ChartGalleryView['charts']) =>
	charts.flatMap((c) => c.states.map((state) => ({ chart: c.id, state, data: c.data })));

type Frame = ReturnType<typeof galleryFrames>[number];

function frameIsland(
	f: Frame,
	locale: Locale,
	lexicon: Lexicon
): Island<ComponentProps<typeof ChartAlone>> {
	return {
		props: { ...f, locale, lexicon, headingLevel: 3 },
		idPrefix: `${f.chart}-${f.state}-`
	};
}

/** Server: every frame rendered as a root of its own. */
export async function renderGallery(
	charts: ChartGalleryView['charts'],
	locale: Locale,
	lexicon: Lexicon
): Promise<string[]> {
	await loadCharts(charts.map((c) => c.id));
	return renderIslands(
		ChartAlone,
		galleryFrames(charts).map((f) => frameIsland(f, locale, lexicon))
	);
}

/** Browser: each frame comes to life as the reader nears it, its chart loaded then. */
export function wakeGallery(
	elements: HTMLElement[],
	charts: ChartGalleryView['charts'],
	locale: Locale,
	lexicon: Lexicon
): () => void {
	const frames = galleryFrames(charts);
	return wakeIslands(
		ChartAlone,
		elements,
		(i) => frameIsland(frames[i]!, locale, lexicon),
		(i) => loadCharts([frames[i]!.chart])
	);
}
