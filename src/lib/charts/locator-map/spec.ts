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
}

export interface LocatorData {
	viewBox: string;
	districts: District[];
	/** The id of the source of the plan's sentence on Changqing's position (`POSITION_QUOTE`). */
	quoteSource: string;
	/** Changqing's 2020 population and GDP. */
	facts: ChartFigure[];
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
		if (!geo.districts.some((d) => d.zh === HOME))
			throw new Error(`locator-map: no district "${HOME}" in data/geo`);
		if (!dataset.sources.some((s) => s.id === QUOTE_SOURCE))
			throw new Error(`locator-map: no source "${QUOTE_SOURCE}"`);
		return {
			viewBox: geo.view_box,
			districts: geo.districts.map((d) => ({
				id: d.zh,
				d: d.d,
				label: d.label,
				home: d.zh === HOME
			})),
			quoteSource: QUOTE_SOURCE,
			facts: chartFigures(dataset, ['population-2020-baseline', 'gdp-2020-baseline'])
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
