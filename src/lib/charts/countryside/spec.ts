/**
 * Grain: the 2020 production capacity, the harvests reported since, and the 2025 capacity
 * target — which the plan states twice, differently (a conflict, shown as such).
 */
import { chartFigures } from '../figures';
import { drawn } from '../motion';
import type { ChartFigure, ChartSpec, ChartText } from '../types';
import type { Words } from './zh';

export type Measure = 'capacity' | 'output';
/** Where in the plan a figure stands, when the plan states it in two places. */
export type Place = 'table' | 'text';

export interface GrainBar {
	figure: ChartFigure;
	/** Capacity (what the land can produce) or output (what was harvested). */
	measure: Measure;
	/** Where the plan states it, when it states it twice. */
	place?: Place;
	/** The id of the conflict this figure belongs to, if any. */
	conflict?: string;
}

export interface CountrysideData {
	bars: GrainBar[];
}

export interface CountrysideState {
	focus: 'all' | 'output' | 'conflict';
}

const BARS: { id: string; measure: Measure; place?: Place }[] = [
	{ id: 'grain-capacity-2020-baseline', measure: 'capacity' },
	{ id: 'grain-output-2023-actual', measure: 'output' },
	{ id: 'grain-output-2024-target', measure: 'output' },
	{ id: 'grain-capacity-2025-target', measure: 'capacity', place: 'table' },
	{ id: 'grain-capacity-2025-target-rural', measure: 'capacity', place: 'text' }
];

/** Whether a state highlights a bar: the bars dim the others, the description leaves them out. */
export function lit(bar: GrainBar, state: CountrysideState): boolean {
	if (state.focus === 'output') return bar.measure === 'output';
	if (state.focus === 'conflict') return !!bar.conflict;
	return true;
}

/** A bar's name in the words: "2024年产量目标", "2024 output target". */
export function barLabel(bar: GrainBar, { w, fmt }: Pick<ChartText<Words>, 'w' | 'fmt'>): string {
	return w.label({
		year: fmt.year(bar.figure.year),
		measure: w.measure[bar.measure],
		target: drawn(bar.figure.kind) === 'hatched',
		place: bar.place ? w.place[bar.place] : ''
	});
}

export const spec: ChartSpec<CountrysideData, CountrysideState, Words> = {
	id: 'countryside',
	prepare(dataset) {
		const figures = chartFigures(
			dataset,
			BARS.map((b) => b.id)
		);
		return {
			bars: BARS.map((b, i): GrainBar => {
				// the plan's two capacity targets: a disagreement of values, not the output-vs-capacity note
				const conflict = dataset.conflicts.find(
					(c) => c.type === 'values' && c.figures.includes(b.id)
				)?.id;
				return {
					figure: figures[i]!,
					measure: b.measure,
					...(b.place ? { place: b.place } : {}),
					...(conflict ? { conflict } : {})
				};
			})
		};
	},
	states: {
		final: { focus: 'all' },
		output: { focus: 'output' },
		conflict: { focus: 'conflict' }
	},
	describe(data, state, t) {
		const { w, fmt } = t;
		return w.describe({
			bars: data.bars
				.filter((b) => lit(b, state))
				.map((b) =>
					w.bar({
						label: barLabel(b, t),
						value: fmt.quantity(b.figure),
						conflict: !!b.conflict
					})
				)
		});
	},
	table(data, _state, t) {
		const { w, fmt } = t;
		return {
			caption: w.caption,
			columns: w.columns,
			rows: data.bars.map((b) => ({
				cells: [barLabel(b, t), w.category[b.measure], fmt.quantity(b.figure)],
				figures: [b.figure.id]
			}))
		};
	}
};
