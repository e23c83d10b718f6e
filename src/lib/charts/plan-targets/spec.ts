/**
 * The 25 indicators of the plan's 专栏1, 2020 → 2025. Units differ, so each level indicator is
 * drawn as its planned change in % of its own 2020 value; shares (in %) rise by percentage points,
 * and growth rates (2021–2025 averages), five-year totals and targets given in words are written
 * out instead of drawn on a scale they do not share.
 */
import { chartFigure } from '../figures';
import type { ChartFigure, ChartSpec, ChartText } from '../types';
import type { Format } from '$lib/format/format';
import type { Lexicon } from '$lib/i18n/lexicon';
import type { Words } from './zh';

export type RowKind = 'change' | 'points' | 'rate' | 'total' | 'words';

export interface PlanRow {
	/** The row number in 专栏1; names come from `lex.terms.plan` and the words' `short`. */
	no: number;
	/** The plan group's id; its name comes from `lex.terms.group`. */
	group: string;
	/** 约束性 (binding) or 预期性 (expected). */
	binding: boolean;
	/** How the row is shown: a bar of change, or a rate, a total or a target in words written out. */
	kind: RowKind;
	baseline?: ChartFigure;
	target?: ChartFigure;
	/** Planned change from 2020 to 2025: in % of the 2020 value ('change' rows), in percentage points ('points' rows). */
	change?: number;
	/** Whether a figure of the row is in a disagreement between sources (flagged ≠). */
	conflict?: true;
}

export interface PlanTargetsData {
	/** The plan groups' ids, in the table's order. */
	groups: string[];
	rows: PlanRow[];
	/** The baseline year and the target year. */
	years: { from: number; to: number };
}

export interface PlanTargetsState {
	/** The group the step talks about, 'binding' for the 约束性 rows, or 'all'. */
	focus: string;
	/** Whether the changes are drawn (an overview shows the names alone first). */
	drawn: boolean;
	/**
	 * In a state about every row, the group a frame too small for them all (a phone's) opens
	 * at: the one its step's words are about. From the top where none is named.
	 */
	open?: string;
}

/** Whether a state highlights a row: every row, its group, or the binding rows. */
export function lit(r: PlanRow, state: PlanTargetsState): boolean {
	return (
		state.focus === 'all' || r.group === state.focus || (state.focus === 'binding' && r.binding)
	);
}

/** A row's short name, for the chart and its description; the plan's own name if it has none. */
export function shortName(r: PlanRow, w: Words, lex: Lexicon): string {
	return (w.short as Record<number, string>)[r.no] ?? lex.terms.plan[String(r.no)] ?? String(r.no);
}

/** A planned change as the bars' labels write it: "+12.5%", two decimals when it is tiny. */
export function changeText(change: number, fmt: Format): string {
	return fmt.growth(change, Math.abs(change) < 0.1 ? 2 : 1);
}

/**
 * A share's planned rise in percentage points: "+2.7个百分点"; a floor on the target makes
 * the rise a floor too ("+10个百分点以上").
 */
export function pointsText(
	r: PlanRow,
	{ w, fmt }: Pick<ChartText<Words>, 'w' | 'fmt'>,
	short = false
): string {
	const change = r.change ?? 0;
	const q = r.target?.qualifier;
	const strict = q === '>';
	// as many decimals as the shares have: 60 − 57.3 = 2.7, 50 − 40 = 10
	const rounded = Math.round(change * 100) / 100;
	const decimals = Number.isInteger(rounded) ? 0 : Math.abs(change) < 0.1 ? 2 : 1;
	const value = (strict ? fmt.number(rounded, decimals) : fmt.growth(rounded, decimals)).replace(
		/%$/u,
		''
	);
	return w.points({ value, floor: q === '>=' ? 'at-least' : strict ? 'over' : 'none', short });
}

/** A row's target as written: a growth rate says it is a yearly average ("年均9%"). */
export function targetText(
	r: PlanRow,
	{ w, fmt }: Pick<ChartText<Words>, 'w' | 'fmt'>,
	short = false
): string {
	if (!r.target) return '';
	const value = fmt.quantity(r.target);
	return r.kind === 'rate' ? w.average({ value, short }) : value;
}

/** A heading (a group and no row) or an indicator's row, as the chart lists them. */
export interface PlanLine {
	key: string;
	group: string;
	row?: PlanRow;
}

/** Group headings and indicator rows, top to bottom: what the chart draws, line by line. */
export function planLines(data: PlanTargetsData): PlanLine[] {
	return data.groups.flatMap((g) => [
		{ key: `g-${g}`, group: g },
		...data.rows.filter((r) => r.group === g).map((r) => ({ key: `r-${r.no}`, group: g, row: r }))
	]);
}

/**
 * What stands where a row has no bar: a growth rate's 2020 value, the last plan's five-year total
 * ("five-year total" where there is none), or the baseline of a target given in words (a 2016–20
 * total or a value in its year).
 */
export function noteText(
	r: PlanRow,
	years: PlanTargetsData['years'],
	{ w, fmt }: Pick<ChartText<Words>, 'w' | 'fmt'>
): string {
	const value = r.baseline ? fmt.quantity(r.baseline) : '';
	if (r.kind === 'rate') return w.rate({ value, year: fmt.year(r.baseline?.year ?? years.from) });
	if (r.kind === 'points') return pointsText(r, { w, fmt }, true);
	// a five-year total stands beside the last plan's, whose name says it is a total
	if (r.baseline?.measure === 'cumulative') return w.cumulative({ value });
	if (r.kind === 'total') return w.total;
	return w.atYear({ year: fmt.year(r.baseline?.year ?? years.from), value });
}

/** How a row's numbers read in words. */
export function rowText(
	r: PlanRow,
	data: PlanTargetsData,
	{ w, fmt, lex }: Pick<ChartText<Words>, 'w' | 'fmt' | 'lex'>
): string {
	const from = fmt.year(data.years.from);
	const to = fmt.year(data.years.to);
	const before = r.baseline ? fmt.quantity(r.baseline) : '';
	const after = r.target ? fmt.quantity(r.target) : '';
	if (r.kind === 'words')
		return w.rowWords({
			from,
			value: before,
			to,
			target: lex.terms.planTarget[String(r.no)] ?? '',
			cumulative: r.baseline?.measure === 'cumulative'
		});
	if (r.kind === 'rate') return w.rowRate({ from, to, before, after });
	if (r.kind === 'total') return w.rowTotal({ before, after });
	if (r.kind === 'points') return w.rowChange({ before, after, change: pointsText(r, { w, fmt }) });
	return w.rowChange({ before, after, change: changeText(r.change!, fmt) });
}

export const spec: ChartSpec<PlanTargetsData, PlanTargetsState, Words> = {
	id: 'plan-targets',
	prepare(dataset) {
		const rows = dataset.plan.indicators.map((i): PlanRow => {
			const baseline = i.baseline ? chartFigure(dataset, i.baseline) : undefined;
			const target = i.target ? chartFigure(dataset, i.target) : undefined;
			// a share's change is in percentage points, which share no scale with the bars' %
			const share = target?.unit === '%' && baseline?.unit === '%';
			const kind: RowKind = !target
				? 'words'
				: target.measure === 'growth'
					? 'rate'
					: target.measure === 'cumulative'
						? 'total'
						: share
							? 'points'
							: 'change';
			const change =
				baseline && target
					? kind === 'change'
						? (target.value / baseline.value - 1) * 100
						: kind === 'points'
							? target.value - baseline.value
							: undefined
					: undefined;
			const conflict = [i.baseline, i.target, i.growth]
				.filter((id): id is string => !!id)
				.some((id) => chartFigure(dataset, id).conflicts);
			return {
				no: i.no,
				group: i.group,
				binding: i.binding,
				kind,
				...(baseline ? { baseline } : {}),
				...(target ? { target } : {}),
				...(change === undefined ? {} : { change }),
				...(conflict ? { conflict: true as const } : {})
			};
		});
		const years = (fs: (ChartFigure | undefined)[]) =>
			Math.max(...fs.filter((f): f is ChartFigure => !!f).map((f) => f.year));
		return {
			groups: dataset.plan.groups.map((g) => g.id),
			rows,
			years: { from: years(rows.map((r) => r.baseline)), to: years(rows.map((r) => r.target)) }
		};
	},
	states: {
		final: { focus: 'all', drawn: true },
		together: { focus: 'all', drawn: true, open: 'wellbeing' },
		overview: { focus: 'all', drawn: false },
		strength: { focus: 'strength', drawn: true },
		quality: { focus: 'quality', drawn: true },
		opening: { focus: 'opening', drawn: true },
		ecology: { focus: 'ecology', drawn: true },
		wellbeing: { focus: 'wellbeing', drawn: true },
		security: { focus: 'security', drawn: true },
		binding: { focus: 'binding', drawn: true }
	},
	describe(data, state, t) {
		const { w, fmt, lex } = t;
		const shown = data.rows.filter((r) => lit(r, state));
		const group = data.groups.find((g) => g === state.focus);
		const lead = !state.drawn
			? w.overview({
					count: data.rows.length,
					groups: fmt.list(data.groups.map((g) => lex.terms.group[g] ?? g)),
					groupCount: data.groups.length
				})
			: state.focus === 'binding'
				? w.bindingLead({ count: shown.length })
				: group
					? w.groupLead({ group: lex.terms.group[group] ?? group, count: shown.length })
					: w.allLead({
							count: shown.length,
							from: fmt.year(data.years.from),
							to: fmt.year(data.years.to)
						});
		const body = state.drawn
			? shown
					.map((r) =>
						w.row({
							name: shortName(r, w, lex),
							text: rowText(r, data, t) + (r.conflict ? w.flagged : '')
						})
					)
					.join(w.rowSep) + w.end
			: '';
		return lead + body;
	},
	table(data, state, { w, fmt, lex }) {
		return {
			caption: w.caption,
			columns: w.columns({ from: fmt.year(data.years.from), to: fmt.year(data.years.to) }),
			rows: data.rows.map((r) => ({
				cells: [
					(lex.terms.plan[String(r.no)] ?? String(r.no)) + (r.conflict ? w.flagged : ''),
					lex.terms.group[r.group] ?? r.group,
					r.baseline ? fmt.quantity(r.baseline) : '—',
					r.target ? targetText(r, { w, fmt }) : (lex.terms.planTarget[String(r.no)] ?? '—'),
					w.attribute[r.binding ? 'binding' : 'expected']
				],
				figures: [r.baseline?.id, r.target?.id].filter((id): id is string => !!id),
				about: lit(r, state)
			}))
		};
	}
};
