/**
 * Every chart's spec, by id, for the server and tests: what `prepare` needs when a page is
 * built, and the states a step may name. Browsers never import this; they load a chart whole,
 * words and drawing included, by id (`registry.ts`).
 */
import type { AnyChartBinding } from './types';

type AnySpec = AnyChartBinding['spec'];

const modules = import.meta.glob<{ spec: AnySpec }>('./*/spec.ts', { eager: true });

const folder = (path: string) => path.split('/')[1]!;

export const CHART_SPECS: Record<string, AnySpec> = Object.fromEntries(
	Object.entries(modules).map(([path, m]) => {
		if (m.spec.id !== folder(path))
			throw new Error(`${path}: the spec's id "${m.spec.id}" must be its folder's name`);
		return [m.spec.id, m.spec];
	})
);

/** A chart's spec by id; throws on an unknown id, so a step naming a missing chart fails the build. */
export function chartSpec(id: string): AnySpec {
	const spec = CHART_SPECS[id];
	if (!spec)
		throw new Error(`No chart "${id}"; the charts are: ${Object.keys(CHART_SPECS).join(', ')}`);
	return spec;
}

/** A state of a chart by name; throws on an unknown one. */
export function chartState(id: string, state: string): unknown {
	const spec = chartSpec(id);
	if (!Object.hasOwn(spec.states, state))
		throw new Error(
			`The chart "${id}" has no state "${state}"; it has: ${Object.keys(spec.states).join(', ')}`
		);
	return spec.states[state];
}
