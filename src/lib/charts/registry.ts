/**
 * Every chart, by id. Each chart lives in its own folder, `src/lib/charts/<id>/`: `spec.ts`
 * (figures, states, description, table), `zh.ts` and `en.ts` (its words), `Chart.svelte` (how
 * it draws) and `chart.ts`, which binds them. The registry finds the bindings, so adding a
 * chart never edits a shared list; drawings load on demand (`loadCharts`).
 */
import type { Component } from 'svelte';
import type { AnyChartBinding, ChartProps } from './types';

/** A drawing with its types erased: `defineChart` checked its props against its spec. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds drawings of every shape
type AnyChartComponent = Component<ChartProps<any, any, any>>;

const modules = import.meta.glob<{ chart: AnyChartBinding }>('./*/chart.ts', { eager: true });

const folder = (path: string) => path.split('/')[1]!;

export const CHARTS: Record<string, AnyChartBinding> = Object.fromEntries(
	Object.entries(modules).map(([path, m]) => {
		if (m.chart.spec.id !== folder(path))
			throw new Error(`${path}: the spec's id "${m.chart.spec.id}" must be its folder's name`);
		return [m.chart.spec.id, m.chart];
	})
);

export const CHART_IDS = Object.keys(CHARTS);

/** A chart by id; throws on an unknown id, so a step naming a missing chart fails the build. */
export function chartBinding(id: string): AnyChartBinding {
	const chart = CHARTS[id];
	if (!chart) throw new Error(`No chart "${id}"; the charts are: ${CHART_IDS.join(', ')}`);
	return chart;
}

/** A state of a chart by name; throws on an unknown one. */
export function chartState(id: string, state: string): unknown {
	const { spec } = chartBinding(id);
	if (!Object.hasOwn(spec.states, state))
		throw new Error(
			`The chart "${id}" has no state "${state}"; it has: ${Object.keys(spec.states).join(', ')}`
		);
	return spec.states[state];
}

const loaded = new Map<string, AnyChartComponent>();

/**
 * Loads the drawings of the charts a page shows. Call it from the page's `load` (a universal
 * `+page.ts`), so they are there before the page renders on the server and before it hydrates.
 */
export async function loadCharts(ids: Iterable<string>): Promise<void> {
	await Promise.all(
		[...new Set(ids)].map(async (id) => {
			if (!loaded.has(id)) loaded.set(id, (await chartBinding(id).load()).default);
		})
	);
}

/** A chart's drawing, once loaded. Throws if the page did not load it. */
export function loadedChart(id: string): AnyChartComponent {
	const component = loaded.get(id);
	if (!component)
		throw new Error(
			`The chart "${id}" is shown but was not loaded: call loadCharts() in the page's load`
		);
	return component;
}
