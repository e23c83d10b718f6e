/**
 * "Are the targets on track?": for each 2025 level target with a recent actual, how far the
 * latest actual has come from the 2020 baseline, the yearly growth achieved and still needed,
 * and the status the data layer gives it (src/lib/data/status.ts, the rule stated on /data/).
 */
import { chartFigures } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';
import { targetStatuses, STATUS_LABELS, type Status } from '$lib/data/status';
import { formatPercent } from '$lib/format/number';

export interface ProgressRow {
	/** The metric, short. */
	label: string;
	baseline: ChartFigure;
	latest: ChartFigure;
	target: ChartFigure;
	/** Share of the way from baseline to target, 0–1 (may pass 1). */
	progress: number;
	/** Share of the plan period gone by at the latest actual, 0–1. */
	elapsed: number;
	achievedGrowth: number;
	neededGrowth: number;
	status: Status;
	/** Which group of steps emphasises this row. */
	topic: 'revenue' | 'income' | 'other';
}

export interface TargetProgressData {
	rows: ProgressRow[];
}

export interface TargetProgressState {
	/** The rows the step talks about; the rest fade. */
	focus: 'all' | 'revenue' | 'income';
}

const TOPIC: Record<string, ProgressRow['topic']> = {
	'budget-revenue': 'revenue',
	'urban-income': 'income',
	'rural-income': 'income'
};

const SHORT: Record<string, string> = {
	'budget-revenue': '一般公共预算收入',
	'urban-income': '城镇居民人均可支配收入',
	'rural-income': '农村居民人均可支配收入'
};

export const spec: ChartSpec<TargetProgressData, TargetProgressState> = {
	id: 'target-progress',
	title: '2025年目标走到了哪一步',
	prepare(dataset) {
		const statuses = targetStatuses(dataset.figures);
		const rows: ProgressRow[] = [];
		for (const s of statuses.values()) {
			const { target, baseline, latest } = s;
			if (target.year !== 2025 || target.scope !== 'changqing' || target.measure !== 'level')
				continue;
			if (!baseline || !latest || s.progress === undefined) continue;
			if (s.achievedGrowth === undefined || s.neededGrowth === undefined) continue;
			const [b, l, t] = chartFigures(dataset, [baseline.id, latest.id, target.id]);
			const series = target.series ?? target.id;
			rows.push({
				label: SHORT[series] ?? target.metric_zh,
				baseline: b!,
				latest: l!,
				target: t!,
				progress: s.progress,
				elapsed: (latest.year - baseline.year) / (target.year - baseline.year),
				achievedGrowth: s.achievedGrowth,
				neededGrowth: s.neededGrowth,
				status: s.status,
				topic: TOPIC[series] ?? 'other'
			});
		}
		if (rows.length === 0) throw new Error('target-progress: no 2025 target has a recent actual');
		return { rows };
	},
	states: {
		final: { focus: 'all' },
		revenue: { focus: 'revenue' },
		income: { focus: 'income' }
	},
	describe(data, state) {
		const rows = data.rows.filter((r) => state.focus === 'all' || r.topic === state.focus);
		const parts = rows.map(
			(r) =>
				`${r.label}从${r.baseline.year}年的${r.baseline.display}到${r.latest.year}年的${r.latest.display}，` +
				`走完了到${r.target.year}年目标${r.target.display}的${formatPercent(r.progress * 100)}；` +
				`已实现年均增长${formatPercent(r.achievedGrowth)}，此后需年均增长${formatPercent(r.neededGrowth)}（${STATUS_LABELS[r.status].zh}）`
		);
		return `进度条从2020年基数（左端）画到2025年目标（右端），竖线标出时间已过去的比例。${parts.join('。')}。`;
	},
	table(data) {
		return {
			caption: '2025年目标进度',
			columns: [
				'指标',
				'2020年',
				'最新',
				'2025年目标',
				'已完成',
				'已实现年均增长',
				'尚需年均增长',
				'状态'
			],
			rows: data.rows.map((r) => ({
				cells: [
					r.label,
					r.baseline.display,
					`${r.latest.display}（${r.latest.year}年）`,
					r.target.display,
					formatPercent(r.progress * 100),
					formatPercent(r.achievedGrowth),
					formatPercent(r.neededGrowth),
					STATUS_LABELS[r.status].zh
				],
				figures: [r.baseline.id, r.latest.id, r.target.id]
			}))
		};
	}
};
