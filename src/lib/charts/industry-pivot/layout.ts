/**
 * Where the industry pivot's columns, bars and links go in a state, in % of the chart's width:
 * the interactive chart and its picture both place their marks from here.
 */
import {
	extra,
	type IndustryPivotData,
	type IndustryPivotState,
	type PivotIndustry,
	type SystemKey
} from './spec';

/** A system's column: left edge and width in %, and its opacity. */
export interface Column {
	x: number;
	w: number;
	o: number;
}

/**
 * Where each system's column sits in a view. A column that is not shown slides out to
 * nothing; this is a move, not a highlight, so it goes to 0 rather than to the dimmed opacity.
 * Side by side, the columns leave a fifth of the width between them for the links. A phone
 * (`narrow`) has no room for two columns of whole names and the links between them: it shows the
 * 2023 system across the width, each industry naming the 2021 ones it is paired with.
 */
export function column(
	system: SystemKey,
	view: IndustryPivotState['view'],
	narrow = false
): Column {
	const side = 40;
	if (narrow && view === 'both')
		return system === 'before' ? { x: 0, w: 0, o: 0 } : { x: 0, w: 100, o: 1 };
	if (system === 'before')
		return view === 'before'
			? { x: 0, w: 100, o: 1 }
			: view === 'both'
				? { x: 0, w: side, o: 1 }
				: { x: 0, w: 0, o: 0 };
	return view === 'before'
		? { x: 100, w: 0, o: 0 }
		: view === 'both'
			? { x: 100 - side, w: side, o: 1 }
			: { x: 0, w: 100, o: 1 };
}

/** The largest revenue target drawn as a bar: it takes half its column, the others in proportion. */
export const maxRevenue = (data: IndustryPivotData) =>
	Math.max(...data.industries.map((i) => (i.target?.bar ? i.target.figure.value : 0)));

/**
 * An industry's revenue bar in a state, in % of the chart's width: 0 where it has none, and
 * for a target that measures something other than revenue (it is written out, not drawn).
 */
export function barLength(
	industry: PivotIndustry,
	state: IndustryPivotState,
	max: number,
	narrow = false
): number {
	const e = extra(industry, state);
	return e?.kind === 'target' && e.bar
		? (e.figure.value / max) * column(industry.system, state.view, narrow).w * 0.5
		: 0;
}

/**
 * The 2021 → 2023 links a state draws: only when both systems stand side by side (not on a
 * phone, whose 2023 industries name their pairs in words).
 */
export function links(
	data: IndustryPivotData,
	state: IndustryPivotState,
	narrow = false
): { from: string; to: string }[] {
	return state.view === 'both' && !narrow
		? data.industries
				.filter((i) => i.system === 'after')
				.flatMap((i) => i.related.map((r) => ({ from: r, to: i.id })))
		: [];
}

/** A phone's row that holds only a heading, as a share of an industry's row: its words sit at its foot. */
export const HEADING_ROW = 0.55;

/**
 * An English phone's heading row: a line of small type with no room to spare, so that at 360 px
 * the 2021 system's first four industries (the card's four targets) fit the frame.
 */
export const TIGHT_HEADING_ROW = 0.45;

/**
 * How far a box is drawn inside its row, top and bottom, as a share of the row's height: the gap
 * between two boxes. A phone's rows, tall enough for their words alone, keep a narrower gap.
 */
export const boxInset = (narrow: boolean) => (narrow ? 0.05 : 0.08);

/**
 * An English phone's row whose target is written out (a measure of its own, not revenue): its
 * words take two lines under a name of two, more than a row holds.
 */
export const WRITTEN_ROW = 1.3;

/**
 * Each row's share of the height. On a phone, which shows one system at a time (`alone`), a row
 * that holds only a heading of that system takes `heading` (`HEADING_ROW`, or English's
 * `TIGHT_HEADING_ROW`), and a row in `written` takes `WRITTEN_ROW`; side by side, every row is
 * whole.
 */
export function rowWeights(
	data: Pick<IndustryPivotData, 'headings'>,
	rows: number,
	alone?: SystemKey,
	written: ReadonlySet<number> = new Set(),
	heading = HEADING_ROW
): number[] {
	return Array.from({ length: rows }, (_, r) =>
		!alone
			? 1
			: data.headings.some((h) => h.system === alone && h.row === r)
				? heading
				: written.has(r)
					? WRITTEN_ROW
					: 1
	);
}

/** Where each row begins, in % of the height, and the foot of the last: a y scale's range. */
export function rowTops(weights: number[]): number[] {
	const total = weights.reduce((a, b) => a + b, 0);
	let at = 0;
	return [0, ...weights.map((w) => ((at += w) / total) * 100)];
}

/** A row's height in %, from a y scale over rows whose range is `rowTops`. */
export const rowHeight = (y: (row: number) => number, row: number) => y(row + 1) - y(row);
