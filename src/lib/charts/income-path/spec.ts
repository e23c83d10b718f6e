/**
 * Urban and rural incomes: the 2020 baseline, the latest actual, and the 2025 target, with the
 * plan's path (baseline to target) and the path still needed (latest to target).
 */
import { chartFigures } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';
import { growthBetween, incomeRatio } from '$lib/data/derive';
import { formatNumber, formatPercent } from '$lib/format/number';

export interface IncomeSeries {
	id: 'urban' | 'rural';
	label: string;
	baseline: ChartFigure;
	latest: ChartFigure;
	target: ChartFigure;
	achievedGrowth: number;
	neededGrowth: number;
}

export interface IncomePathData {
	series: IncomeSeries[];
	/** Urban ÷ rural income, at the baseline, the latest actual and the target. */
	ratios: { year: number; value: number }[];
}

export interface IncomePathState {
	/** The series the step talks about. */
	focus: 'urban' | 'rural' | 'both';
	/** Whether the urban/rural ratio is labelled. */
	gap: boolean;
}

const SERIES = [
	{
		id: 'urban',
		label: '城镇居民',
		ids: ['urban-income-2020-baseline', 'urban-income-2023-actual', 'urban-income-2025-target']
	},
	{
		id: 'rural',
		label: '农村居民',
		ids: ['rural-income-2020-baseline', 'rural-income-2023-actual', 'rural-income-2025-target']
	}
] as const;

export const spec: ChartSpec<IncomePathData, IncomePathState> = {
	id: 'income-path',
	title: '城乡居民人均可支配收入：实际与目标',
	prepare(dataset) {
		const series = SERIES.map((s): IncomeSeries => {
			const [baseline, latest, target] = chartFigures(dataset, s.ids) as [
				ChartFigure,
				ChartFigure,
				ChartFigure
			];
			return {
				id: s.id,
				label: s.label,
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
			value: incomeRatio(u[k].value, r[k].value)!
		}));
		return { series, ratios };
	},
	states: {
		final: { focus: 'both', gap: false },
		urban: { focus: 'urban', gap: false },
		rural: { focus: 'rural', gap: false },
		gap: { focus: 'both', gap: true }
	},
	describe(data, state) {
		const shown = data.series.filter((s) => state.focus === 'both' || s.id === state.focus);
		const lines = shown.map(
			(s) =>
				`${s.label}人均可支配收入${s.baseline.year}年${s.baseline.display}，${s.latest.year}年${s.latest.display}（年均增长${formatPercent(s.achievedGrowth)}），` +
				`${s.target.year}年目标${s.target.display}，此后需年均增长${formatPercent(s.neededGrowth)}`
		);
		const gap = state.gap
			? `城乡收入比${data.ratios.map((r) => `${r.year}年${formatNumber(r.value, 'zh-CN', 2)}`).join('、')}（2025年为按目标计算）。`
			: '';
		return `实线是实际数，虚线是从2020年到2025年目标的规划路径，点线是从最新数字到目标还需走的路。${lines.join('；')}。${gap}`;
	},
	table(data) {
		return {
			caption: '城乡居民人均可支配收入',
			columns: ['', '2020年', '最新', '2025年目标', '尚需年均增长'],
			rows: data.series.map((s) => ({
				cells: [
					s.label,
					s.baseline.display,
					`${s.latest.display}（${s.latest.year}年）`,
					s.target.display,
					formatPercent(s.neededGrowth)
				],
				figures: [s.baseline.id, s.latest.id, s.target.id]
			}))
		};
	}
};
