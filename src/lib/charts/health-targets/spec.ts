/**
 * Healthy Changqing: for a handful of indicators, the 2022 and 2030 targets against the 2017
 * baselines of Shandong and Jinan — other places' figures, labelled as such. Each row has its
 * own scale; rows where the sources disagree say so.
 */
import type { Format } from '$lib/format/format';
import { chartFigures } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';
import type { Words } from './zh';

/** The indicators, in the order they are drawn; each names its row in the words. */
export const INDICATORS = [
	'health-literacy',
	'health-regular-exercise',
	'health-fitness-standard',
	'doctors-per-1000',
	'health-infant-mortality',
	'health-maternal-mortality'
] as const;
export type Indicator = (typeof INDICATORS)[number];

/** A row's four marks: the two baselines (other places) and Changqing's two targets. */
export const MARKS = ['province', 'city', 't2022', 't2030'] as const;
export type Mark = (typeof MARKS)[number];

export interface HealthRow {
	id: Indicator;
	group: 'prevention' | 'care';
	/** Shandong's 2017 level (scope shandong). */
	province: ChartFigure;
	/** Jinan's 2017 level (scope jinan). */
	city: ChartFigure;
	t2022: ChartFigure;
	t2030: ChartFigure;
	/** A rate the plan means to bring down, such as a mortality rate. */
	lowerIsBetter: boolean;
	/** The conflict in data/conflicts.yaml this row's figures belong to, if any. */
	conflict?: string;
}

export interface HealthData {
	rows: HealthRow[];
}

export interface HealthState {
	focus: 'all' | 'prevention' | 'care' | 'conflicts';
}

const ROWS: {
	series: Indicator;
	group: HealthRow['group'];
	/** Where the plan's text and table disagree, the figure the chart draws. */
	t2022?: string;
}[] = [
	{ series: 'health-literacy', group: 'prevention' },
	{
		series: 'health-regular-exercise',
		group: 'prevention',
		t2022: 'health-regular-exercise-2022-target-table'
	},
	{ series: 'health-fitness-standard', group: 'prevention' },
	{ series: 'doctors-per-1000', group: 'care' },
	{ series: 'health-infant-mortality', group: 'care' },
	{ series: 'health-maternal-mortality', group: 'care' }
];

/** Whether a state highlights a row: the marks dim the others, the description leaves them out. */
export function lit(row: HealthRow, state: HealthState): boolean {
	return (
		state.focus === 'all' ||
		row.group === state.focus ||
		(state.focus === 'conflicts' && !!row.conflict)
	);
}

/** The baseline year and the two target years, as the locale writes them: "2017年" / "2017". */
function yearsOf(data: HealthData, fmt: Format) {
	const first = data.rows[0]!;
	return {
		base: fmt.year(first.province.year),
		early: fmt.year(first.t2022.year),
		late: fmt.year(first.t2030.year)
	};
}

export const spec: ChartSpec<HealthData, HealthState, Words> = {
	id: 'health-targets',
	prepare(dataset) {
		const rows = ROWS.map((r): HealthRow => {
			const ids = [
				`${r.series}-2017-baseline-shandong`,
				`${r.series}-2017-baseline-jinan`,
				r.t2022 ?? `${r.series}-2022-target`,
				`${r.series}-2030-target`
			];
			const [province, city, t2022, t2030] = chartFigures(dataset, ids) as [
				ChartFigure,
				ChartFigure,
				ChartFigure,
				ChartFigure
			];
			// the marks are labelled as the province's and the city's: the figures must be theirs
			if (province.scope !== 'shandong' || city.scope !== 'jinan')
				throw new Error(`health-targets: ${r.series}'s baselines must be Shandong's and Jinan's`);
			// each figure carries its conflicts; the row names the first
			const conflict = [province, city, t2022, t2030].flatMap((f) => f.conflicts ?? [])[0];
			// which way is better is stated on every target in the data
			const lower = dataset.figures.find((f) => f.id === t2030.id)?.better === 'lower';
			return {
				id: r.series,
				group: r.group,
				province,
				city,
				t2022,
				t2030,
				lowerIsBetter: lower,
				...(conflict ? { conflict } : {})
			};
		});
		return { rows };
	},
	states: {
		final: { focus: 'all' },
		prevention: { focus: 'prevention' },
		care: { focus: 'care' },
		conflicts: { focus: 'conflicts' }
	},
	describe(data, state, { w, fmt }) {
		const years = yearsOf(data, fmt);
		return w.describe({
			...years,
			rows: data.rows
				.filter((r) => lit(r, state))
				.map((r) =>
					w.row({
						name: w.indicator[r.id],
						early: years.early,
						late: years.late,
						province: fmt.quantity(r.province),
						city: fmt.quantity(r.city),
						t2022: fmt.quantity(r.t2022),
						t2030: fmt.quantity(r.t2030),
						lowerIsBetter: r.lowerIsBetter,
						conflict: !!r.conflict
					})
				)
		});
	},
	table(data, state, { w, fmt }) {
		return {
			caption: w.caption,
			columns: w.columns(yearsOf(data, fmt)),
			rows: data.rows.map((r) => ({
				cells: [w.indicator[r.id], ...MARKS.map((key) => fmt.quantity(r[key]))],
				figures: MARKS.map((key) => r[key].id),
				about: lit(r, state)
			}))
		};
	}
};
