/**
 * Every chart, by id. Each chart lives in its own folder, `src/lib/charts/<id>/`, with a
 * `spec.ts` (its figures, states, description and table) and a `Chart.svelte` (how it draws);
 * the registry finds them, so adding a chart never edits a shared list.
 */
import type { Component } from 'svelte';
import type { AnyChartSpec } from './types';

const specModules = import.meta.glob<{ spec: AnyChartSpec }>('./*/spec.ts', { eager: true });
const chartModules = import.meta.glob<{ default: Component<{ data: never; state: never }> }>(
	'./*/Chart.svelte',
	{ eager: true }
);

const folder = (path: string) => path.split('/')[1]!;

export const CHART_SPECS: Record<string, AnyChartSpec> = Object.fromEntries(
	Object.entries(specModules).map(([path, m]) => {
		if (m.spec.id !== folder(path))
			throw new Error(`${path}: the spec's id "${m.spec.id}" must be its folder's name`);
		return [m.spec.id, m.spec];
	})
);

export const CHART_COMPONENTS: Record<
	string,
	Component<{ data: never; state: never }>
> = Object.fromEntries(Object.entries(chartModules).map(([path, m]) => [folder(path), m.default]));

export const CHART_IDS = Object.keys(CHART_SPECS);

/** A chart's spec by id; throws on an unknown id, so a step naming a missing chart fails the build. */
export function chartSpec(id: string): AnyChartSpec {
	const spec = CHART_SPECS[id];
	if (!spec) throw new Error(`No chart "${id}"; the charts are: ${CHART_IDS.join(', ')}`);
	return spec;
}

/** A state of a chart by name; throws on an unknown one. */
export function chartState(id: string, state: string): unknown {
	const spec = chartSpec(id);
	if (!(state in spec.states))
		throw new Error(
			`The chart "${id}" has no state "${state}"; it has: ${Object.keys(spec.states).join(', ')}`
		);
	return spec.states[state];
}
