/**
 * Every chart, by id, loaded on demand. Each chart lives in its own folder,
 * `src/lib/charts/<id>/`: `spec.ts` (figures, states, description, table), `zh.ts` and `en.ts`
 * (its words), `Chart.svelte` (how it draws) and `chart.ts`, which binds them. The registry
 * finds the folders, so adding a chart never edits a shared list; a page loads the charts it
 * shows (`loadCharts` in its `load`) and ships no other.
 */
import type { Component } from 'svelte';
import type { AnyChartBinding, ChartProps } from './types';

/** A drawing with its types erased: `defineChart` checked its props against its spec. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds drawings of every shape
type AnyChartComponent = Component<ChartProps<any, any, any>>;

const modules = import.meta.glob<{ chart: AnyChartBinding }>('./*/chart.ts');

const folder = (path: string) => path.split('/')[1]!;

export const CHART_IDS = Object.keys(modules).map(folder);

const loaded = new Map<string, { binding: AnyChartBinding; component: AnyChartComponent }>();

/**
 * Loads the charts a page shows: spec, words and drawing. Call it from the page's `load` (a
 * universal `+page.ts`), so they are there before the page renders on the server and before
 * it hydrates. Rejects on an unknown id, naming the charts there are.
 */
export async function loadCharts(ids: Iterable<string>): Promise<void> {
	await Promise.all(
		[...new Set(ids)].map(async (id) => {
			if (loaded.has(id)) return;
			const load = modules[`./${id}/chart.ts`];
			if (!load) throw new Error(`No chart "${id}"; the charts are: ${CHART_IDS.join(', ')}`);
			const { chart } = await load();
			if (chart.spec.id !== id)
				throw new Error(`src/lib/charts/${id}/: the spec's id "${chart.spec.id}" must be "${id}"`);
			loaded.set(id, { binding: chart, component: (await chart.load()).default });
		})
	);
}

function get(id: string) {
	const chart = loaded.get(id);
	if (!chart)
		throw new Error(
			`The chart "${id}" is shown but was not loaded: call loadCharts() in the page's load`
		);
	return chart;
}

/** A loaded chart's spec and words. */
export const chartBinding = (id: string): AnyChartBinding => get(id).binding;

/** A loaded chart's drawing. */
export const loadedChart = (id: string): AnyChartComponent => get(id).component;
