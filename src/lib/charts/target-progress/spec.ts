/**
 * "Are the targets on track?": for each 2025 level target with a recent actual, how far the
 * latest actual has come from the 2020 baseline, the yearly growth achieved and still needed,
 * and the status the data layer gives it (src/lib/data/status.ts, the rule stated on /data/).
 */
import { chartFigures } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';
import { STATUS_LABELS, targetStatuses, type Status } from '$lib/data/status';
import type { Words } from './zh';

export const TOPICS = ['revenue', 'income', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

export interface ProgressRow {
	/** The metric is named by the lexicon, from the target's id (`lex.metrics[target.id]`). */
	baseline: ChartFigure;
	latest: ChartFigure;
	target: ChartFigure;
	/** Share of the way from baseline to target, 0–1 (may pass 1). */
	progress: number;
	/** Share of the plan period gone by at the latest actual, 0–1. */
	elapsed: number;
	achievedGrowth: number;
	neededGrowth: number;
	/** Where the target stands; named by `STATUS_LABELS` as the data desk names it, never by colour alone. */
	status: Status;
	/** Which group of steps emphasises this row. */
	topic: Topic;
}

export interface TargetProgressData {
	rows: ProgressRow[];
}

export interface TargetProgressState {
	/** The rows the step talks about; the rest fade. */
	focus: 'all' | 'revenue' | 'income';
}

/** Whether a state highlights a row: every row, or the rows of the step's topic. */
export function lit(row: ProgressRow, state: TargetProgressState): boolean {
	return state.focus === 'all' || row.topic === state.focus;
}

const TOPIC: Record<string, Topic> = {
	'budget-revenue': 'revenue',
	'urban-income': 'income',
	'rural-income': 'income'
};

export const spec: ChartSpec<TargetProgressData, TargetProgressState, Words> = {
	id: 'target-progress',
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
	describe(data, state, { w, fmt, lex, locale }) {
		const rows = data.rows
			.filter((r) => lit(r, state))
			.map((r) =>
				w.row({
					metric: lex.metrics[r.target.id] ?? r.target.id,
					baselineYear: fmt.year(r.baseline.year),
					baseline: fmt.quantity(r.baseline),
					latestYear: fmt.year(r.latest.year),
					latest: fmt.quantity(r.latest),
					targetYear: fmt.year(r.target.year),
					target: fmt.quantity(r.target),
					progress: fmt.percent(r.progress * 100),
					achieved: fmt.percent(r.achievedGrowth),
					needed: fmt.percent(r.neededGrowth),
					status: STATUS_LABELS[r.status][locale]
				})
			);
		return w.describe({ rows });
	},
	table(data, _state, { w, fmt, lex, locale }) {
		return {
			caption: w.caption,
			columns: w.columns,
			rows: data.rows.map((r) => ({
				cells: [
					lex.metrics[r.target.id] ?? r.target.id,
					fmt.quantity(r.baseline),
					w.latest({ value: fmt.quantity(r.latest), year: fmt.year(r.latest.year) }),
					fmt.quantity(r.target),
					fmt.percent(r.progress * 100),
					fmt.percent(r.achievedGrowth),
					fmt.percent(r.neededGrowth),
					STATUS_LABELS[r.status][locale]
				],
				figures: [r.baseline.id, r.latest.id, r.target.id]
			}))
		};
	}
};
