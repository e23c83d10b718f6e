/**
 * "Where do the 2025 targets stand?": one row for every 2025 target with a later figure in
 * the sources (data/progress.yaml). Where the later figure measures the same thing, the row
 * shows how far it has come from the 2020 baseline, the yearly growth achieved and still
 * needed, the district's own growth target for 2024 beside it, and the status the data layer
 * gives (src/lib/data/status.ts, the rule stated on /data/). Where it does not, the row shows
 * both numbers and the caveat, and the status says there is no comparable figure.
 */
import { chartFigure } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';
import type { Comparison } from '$lib/data/derive';
import { STATUS_LABELS } from '$lib/data/labels';
import { targetStatus, type Status } from '$lib/data/status';
import type { Words } from './zh';

export const TOPICS = ['revenue', 'income', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

export interface ProgressRow {
	/** The metric is named by the lexicon, from the target's id (`lex.metrics[target.id]`). */
	target: ChartFigure;
	/** The figure reported since that the row shows: the comparable one, else the latest. */
	later: ChartFigure;
	status: Status;
	comparison: Comparison;
	/** Whether the lexicon has a caveat for this row (`lex.terms.caveat[target.id]`). */
	caveat: boolean;
	topic: Topic;
	/** For a level judged on pace: */
	baseline?: ChartFigure;
	/** Share of the way from baseline to target, 0–1 (may pass 1). */
	progress?: number;
	/** Share of the plan period gone by at the later figure, 0–1. */
	elapsed?: number;
	achievedGrowth?: number;
	neededGrowth?: number;
	/** The average-growth target of the same indicator, and its status. */
	growth?: ChartFigure;
	growthStatus?: Status;
	/** The district's growth target for 2024 (the work report's), beside the growth needed. */
	target2024?: ChartFigure;
}

export interface TargetProgressData {
	rows: ProgressRow[];
}

export interface TargetProgressState {
	/**
	 * The rows the step talks about; the rest fade. `pace`: the rows judged on pace; `rates`:
	 * the targets set as growth rates only; `other`: the rest, whose later figure measures
	 * something else (a level target set against one year's amount, capacity against output).
	 */
	focus: 'all' | 'revenue' | 'income' | 'pace' | 'rates' | 'other';
}

/** The lines a row takes: a row on pace carries a bar and a line of rates. */
export const rowLines = (r: ProgressRow) => (r.progress === undefined ? 3 : 5);

/** Whether a state highlights a row. */
export function lit(row: ProgressRow, state: TargetProgressState): boolean {
	if (state.focus === 'all') return true;
	if (state.focus === 'pace') return row.progress !== undefined;
	if (state.focus === 'rates') return row.target.measure === 'growth';
	if (state.focus === 'other') return row.progress === undefined && row.target.measure !== 'growth';
	return row.topic === state.focus;
}

const TOPIC: Record<string, Topic> = {
	'budget-revenue': 'revenue',
	'urban-income': 'income',
	'rural-income': 'income'
};

/** A target's value as the chart writes it: a growth target is a yearly average ("年均9%"). */
function goalValue(
	target: ChartFigure,
	{ w, fmt }: { w: Words; fmt: { quantity: (f: ChartFigure) => string } }
): string {
	return target.measure === 'growth'
		? `${w.yearly.before}${fmt.quantity(target)}${w.yearly.after}`
		: fmt.quantity(target);
}

export const spec: ChartSpec<TargetProgressData, TargetProgressState, Words> = {
	id: 'target-progress',
	prepare(dataset) {
		const rows = dataset.progress.map((entry): ProgressRow => {
			const figure = (id: string) => dataset.figures.find((f) => f.id === id)!;
			const target = figure(entry.target);
			const s = targetStatus(dataset.figures, target);
			const shown = s.latest ?? figure(entry.later.at(-1)!);
			const series = target.series ?? target.id;
			const row: ProgressRow = {
				target: chartFigure(dataset, target.id),
				later: chartFigure(dataset, shown.id),
				status: s.status,
				comparison: s.comparison,
				caveat: entry.caveat_zh !== undefined,
				topic: TOPIC[series] ?? 'other'
			};
			if (s.comparison === 'pace' && s.baseline && s.latest) {
				row.baseline = chartFigure(dataset, s.baseline.id);
				row.progress = s.progress!;
				row.elapsed = (s.latest.year - s.baseline.year) / (target.year - s.baseline.year);
				row.achievedGrowth = s.achievedGrowth!;
				row.neededGrowth = s.neededGrowth!;
			}
			if (entry.growth) {
				row.growth = chartFigure(dataset, entry.growth);
				row.growthStatus = targetStatus(dataset.figures, figure(entry.growth)).status;
			}
			const next = dataset.figures.find(
				(f) =>
					f.series === target.series &&
					f.kind === 'target' &&
					f.measure === 'growth' &&
					f.year === 2024 &&
					f.scope === target.scope
			);
			if (next && row.progress !== undefined) row.target2024 = chartFigure(dataset, next.id);
			return row;
		});
		if (rows.length === 0) throw new Error('target-progress: data/progress.yaml lists no target');
		return { rows };
	},
	states: {
		final: { focus: 'all' },
		revenue: { focus: 'revenue' },
		income: { focus: 'income' },
		pace: { focus: 'pace' },
		rates: { focus: 'rates' },
		other: { focus: 'other' }
	},
	describe(data, state, { w, fmt, lex, locale }) {
		const rows = data.rows
			.filter((r) => lit(r, state))
			.map((r) => {
				const metric = lex.metrics[r.target.id] ?? r.target.id;
				const status = STATUS_LABELS[r.status][locale];
				if (r.progress === undefined || !r.baseline)
					return w.rowUnlike({
						metric,
						laterYear: fmt.year(r.later.year),
						later: fmt.quantity(r.later) + (r.later.kind === 'estimate' ? w.estimate : ''),
						laterMetric: lex.metrics[r.later.id] ?? '',
						targetYear: fmt.year(r.target.year),
						target: goalValue(r.target, { w, fmt }),
						caveat: lex.terms.caveat[r.target.id] ?? '',
						status
					});
				return w.row({
					metric,
					baselineYear: fmt.year(r.baseline.year),
					baseline: fmt.quantity(r.baseline),
					latestYear: fmt.year(r.later.year),
					latest: fmt.quantity(r.later),
					targetYear: fmt.year(r.target.year),
					target: fmt.quantity(r.target),
					progress: fmt.percent(r.progress * 100),
					achieved: fmt.percent(r.achievedGrowth!),
					needed: fmt.percent(r.neededGrowth!),
					status,
					target2024: r.target2024 && fmt.quantity(r.target2024)
				});
			});
		return w.describe({ rows });
	},
	table(data, state, { w, fmt, lex, locale }) {
		const rate = (r: number | undefined) => (r === undefined ? '—' : fmt.percent(r));
		return {
			caption: w.caption,
			columns: w.columns,
			rows: data.rows.map((r) => ({
				cells: [
					lex.metrics[r.target.id] ?? r.target.id,
					r.baseline ? fmt.quantity(r.baseline) : '—',
					w.latest({
						value: fmt.quantity(r.later) + (r.later.kind === 'estimate' ? w.estimate : ''),
						year: fmt.year(r.later.year),
						metric: r.caveat ? (lex.metrics[r.later.id] ?? '') : ''
					}),
					goalValue(r.target, { w, fmt }),
					r.progress === undefined ? '—' : fmt.percent(r.progress * 100),
					rate(r.achievedGrowth),
					rate(r.neededGrowth),
					r.target2024 ? fmt.quantity(r.target2024) : '—',
					STATUS_LABELS[r.status][locale],
					lex.terms.caveat[r.target.id] ?? ''
				],
				figures: [r.baseline?.id, r.later.id, r.target.id, r.target2024?.id].filter(
					(id): id is string => id !== undefined
				),
				about: lit(r, state)
			}))
		};
	}
};
