/**
 * Urban and rural incomes: the 2020 baseline, the latest actual, and the 2025 target, with the
 * plan's path (baseline to target) and the path still needed (latest to target).
 */
import { chartFigures } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';
import { growthBetween, incomeRatio } from '$lib/data/derive';
import type { Kind } from '$lib/data/schema';
import type { Words } from './zh';

export const AREAS = ['urban', 'rural'] as const;
export type Area = (typeof AREAS)[number];

export interface IncomeSeries {
	id: Area;
	baseline: ChartFigure;
	latest: ChartFigure;
	target: ChartFigure;
	/** Average yearly growth from the baseline to the latest actual, in %. */
	achievedGrowth: number;
	/** Average yearly growth still needed from the latest actual to the target, in %. */
	neededGrowth: number;
}

export interface IncomePathData {
	series: IncomeSeries[];
	/** Urban ÷ rural income, at the baseline, the latest actual and the target. */
	ratios: { year: number; value: number; kind: Kind }[];
}

export interface IncomePathState {
	/** The series the step talks about. */
	focus: Area | 'both';
	/** Whether the urban/rural ratio is labelled. */
	gap: boolean;
}

const IDS: Record<Area, readonly [string, string, string]> = {
	urban: ['urban-income-2020-baseline', 'urban-income-2023-actual', 'urban-income-2025-target'],
	rural: ['rural-income-2020-baseline', 'rural-income-2023-actual', 'rural-income-2025-target']
};

/** The years the chart spans, each a tick of its x axis. */
export const YEARS = [2020, 2021, 2022, 2023, 2024, 2025] as const;
/** The x scale's domain: the first year to the last. */
export const SPAN: [number, number] = [YEARS[0], YEARS.at(-1)!];

/** The top of the y scale: a tenth over the highest figure, so its label has room above it. */
export function yTop(data: IncomePathData): number {
	return (
		Math.max(...data.series.flatMap((s) => [s.baseline, s.latest, s.target].map((f) => f.value))) *
		1.1
	);
}

/** Whether a state highlights a series; the other fades. */
export function lit(area: Area, state: IncomePathState): boolean {
	return state.focus === 'both' || state.focus === area;
}

export const spec: ChartSpec<IncomePathData, IncomePathState, Words> = {
	id: 'income-path',
	prepare(dataset) {
		const series = AREAS.map((id): IncomeSeries => {
			const [baseline, latest, target] = chartFigures(dataset, IDS[id]) as [
				ChartFigure,
				ChartFigure,
				ChartFigure
			];
			return {
				id,
				baseline,
				latest,
				target,
				achievedGrowth: growthBetween(baseline, latest)!,
				neededGrowth: growthBetween(latest, target)!
			};
		});
		const [u, r] = series as [IncomeSeries, IncomeSeries];
		const ratios = (['baseline', 'latest', 'target'] as const).map((k) => ({
			year: u[k].year,
			value: incomeRatio(u[k].value, r[k].value)!,
			kind: u[k].kind
		}));
		return { series, ratios };
	},
	states: {
		final: { focus: 'both', gap: false },
		urban: { focus: 'urban', gap: false },
		rural: { focus: 'rural', gap: false },
		gap: { focus: 'both', gap: true }
	},
	describe(data, state, { w, fmt }) {
		const lines = data.series
			.filter((s) => lit(s.id, state))
			.map((s) =>
				w.line({
					series: w.series[s.id],
					baseYear: fmt.year(s.baseline.year),
					baseline: fmt.quantity(s.baseline),
					latestYear: fmt.year(s.latest.year),
					latest: fmt.quantity(s.latest),
					achieved: fmt.percent(s.achievedGrowth),
					targetYear: fmt.year(s.target.year),
					target: fmt.quantity(s.target),
					needed: fmt.percent(s.neededGrowth)
				})
			);
		const target = data.ratios.find((r) => r.kind === 'target');
		const gap = state.gap
			? w.gap({
					ratios: fmt.list(
						data.ratios.map((r) =>
							w.ratio({ year: fmt.year(r.year), value: fmt.number(r.value, 2) })
						)
					),
					targetYear: fmt.year(target?.year ?? data.ratios.at(-1)!.year)
				})
			: '';
		const first = data.series[0]!;
		return w.describe({
			baseYear: fmt.year(first.baseline.year),
			targetYear: fmt.year(first.target.year),
			lines,
			gap
		});
	},
	table(data, _state, { w, fmt }) {
		return {
			caption: w.caption,
			columns: w.columns,
			rows: data.series.map((s) => ({
				cells: [
					w.series[s.id],
					fmt.quantity(s.baseline),
					w.latestCell({ value: fmt.quantity(s.latest), year: fmt.year(s.latest.year) }),
					fmt.quantity(s.target),
					fmt.percent(s.neededGrowth)
				],
				figures: [s.baseline.id, s.latest.id, s.target.id]
			}))
		};
	}
};
