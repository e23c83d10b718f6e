/**
 * Where Changqing is: Jinan's districts (pre-2019 boundaries, data/geo/) with Changqing
 * highlighted, and the plan's own words on where it lies.
 */
import { chartFigures } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';
import type { Words } from './zh';

export interface District {
	/** The district's Chinese name, as data/geo gives it: an id; its name is in the words. */
	id: string;
	d: string;
	label: [number, number];
	/** Whether it is Changqing. */
	home: boolean;
	/** Its area in the map's square units: the larger are named first where names crowd. */
	area: number;
}

export interface LocatorData {
	viewBox: string;
	districts: District[];
	/** The id of the source of the plan's sentence on Changqing's position (`POSITION_QUOTE`). */
	quoteSource: string;
	/** Changqing's 2020 population and GDP. */
	facts: ChartFigure[];
	/**
	 * Where the plan's two landmarks are pointed to, in the map's coordinates: Changqing's
	 * north-western and south-eastern corners (东南连接泰山，西北紧邻黄河).
	 */
	toward: { river: [number, number]; mountain: [number, number] };
}

/** The area a path encloses (its rings' shoelace sums; d3 writes outer rings only here). */
export function area(d: string): number {
	let sum = 0;
	for (const ring of d.split(/[Zz]/u)) {
		const n = (ring.match(/-?\d+(?:\.\d+)?/gu) ?? []).map(Number);
		let a = 0;
		for (let i = 0; i + 3 < n.length; i += 2) a += n[i]! * n[i + 3]! - n[i + 2]! * n[i + 1]!;
		if (n.length >= 6) a += n[n.length - 2]! * n[1]! - n[0]! * n[n.length - 1]!;
		sum += Math.abs(a) / 2;
	}
	return sum;
}

/** A path's corners: the least and greatest x and y of its points. */
export function bounds(d: string): { x0: number; y0: number; x1: number; y1: number } {
	const n = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
	const xs = n.filter((_, i) => i % 2 === 0);
	const ys = n.filter((_, i) => i % 2 === 1);
	return {
		x0: Math.min(...xs),
		y0: Math.min(...ys),
		x1: Math.max(...xs),
		y1: Math.max(...ys)
	};
}

export interface LocatorState {
	/** Whether Changqing is picked out. */
	highlight: boolean;
}

/** Changqing's id among the districts. */
export const HOME = '长清区';
/** Verbatim from the plan, as evidence (checked in tests/unit/charts/locator-map.test.ts). */
export const POSITION_QUOTE = '东南连接泰山，西北紧邻黄河';
const QUOTE_SOURCE = 'plan-14th-2021';

/** Whether a state picks a district out: Changqing, once the state highlights it. */
export function lit(d: District, state: LocatorState): boolean {
	return state.highlight && d.home;
}

/** A district's name in the words' locale. */
export function districtName(w: Words, id: string): string {
	return (w.district as Record<string, string>)[id] ?? id;
}

export const spec: ChartSpec<LocatorData, LocatorState, Words> = {
	id: 'locator-map',
	prepare(dataset) {
		const geo = dataset.geo;
		if (!geo)
			throw new Error(
				'locator-map: data/geo/jinan-districts.yaml is missing (run scripts/build-geo.ts)'
			);
		const home = geo.districts.find((d) => d.zh === HOME);
		if (!home) throw new Error(`locator-map: no district "${HOME}" in data/geo`);
		const b = bounds(home.d);
		if (!dataset.sources.some((s) => s.id === QUOTE_SOURCE))
			throw new Error(`locator-map: no source "${QUOTE_SOURCE}"`);
		return {
			viewBox: geo.view_box,
			districts: geo.districts.map((d) => ({
				id: d.zh,
				d: d.d,
				label: d.label,
				home: d.zh === HOME,
				area: area(d.d)
			})),
			quoteSource: QUOTE_SOURCE,
			facts: chartFigures(dataset, ['population-2020-baseline', 'gdp-2020-baseline']),
			toward: { river: [b.x0, b.y0], mountain: [b.x1, b.y1] }
		};
	},
	states: {
		final: { highlight: true },
		city: { highlight: false }
	},
	describe(data, state, { w, fmt }) {
		const names = fmt.list(data.districts.map((d) => districtName(w, d.id)));
		const picked = data.districts.find((d) => lit(d, state));
		const [population, gdp] = data.facts;
		return (
			w.describe({ note: w.note, names }) +
			(picked && population && gdp
				? w.picked({
						name: districtName(w, picked.id),
						quote: POSITION_QUOTE,
						year: fmt.year(population.year),
						population: fmt.quantity(population),
						gdp: fmt.quantity(gdp)
					})
				: w.plain)
		);
	},
	table(data, _state, { w, fmt, lex }) {
		return {
			caption: w.caption({ year: fmt.year(data.facts[0]!.year) }),
			columns: w.columns,
			rows: data.facts.map((f) => ({
				cells: [lex.metrics[f.id] ?? f.id, fmt.quantity(f)],
				figures: [f.id]
			}))
		};
	}
};
