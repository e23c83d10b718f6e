/**
 * Grain: the 2020 production capacity, the harvests reported since, and the 2025 capacity
 * target — which the plan states twice, differently (a conflict, shown as such).
 */
import { chartFigures } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';

export interface GrainBar {
	figure: ChartFigure;
	/** Short label under the bar. */
	label: string;
	/** Capacity (what the land can produce) or output (what was harvested). */
	measure: 'capacity' | 'output';
	/** The id of the conflict this figure belongs to, if any. */
	conflict?: string;
}

export interface CountrysideData {
	bars: GrainBar[];
}

export interface CountrysideState {
	focus: 'all' | 'output' | 'conflict';
}

const BARS: { id: string; label: string; measure: GrainBar['measure'] }[] = [
	{ id: 'grain-capacity-2020-baseline', label: '2020年产能', measure: 'capacity' },
	{ id: 'grain-output-2023-actual', label: '2023年产量', measure: 'output' },
	{ id: 'grain-output-2024-target', label: '2024年产量目标', measure: 'output' },
	{ id: 'grain-capacity-2025-target', label: '2025年产能目标（表）', measure: 'capacity' },
	{ id: 'grain-capacity-2025-target-rural', label: '2025年产能目标（正文）', measure: 'capacity' }
];

export const spec: ChartSpec<CountrysideData, CountrysideState> = {
	id: 'countryside',
	title: '粮食：产能、产量与2025年目标（万吨）',
	prepare(dataset) {
		const figures = chartFigures(
			dataset,
			BARS.map((b) => b.id)
		);
		return {
			bars: BARS.map((b, i) => {
				const conflict = dataset.conflicts.find((c) => c.figures.includes(b.id))?.id;
				return {
					figure: figures[i]!,
					label: b.label,
					measure: b.measure,
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
	describe(data, state) {
		const shown = data.bars.filter(
			(b) =>
				state.focus === 'all' || (state.focus === 'output' ? b.measure === 'output' : !!b.conflict)
		);
		return (
			'柱形图，单位万吨；实心柱是产能（能生产多少），斜线柱是产量（实际收获多少）。' +
			shown
				.map((b) => `${b.label}${b.figure.display}${b.conflict ? '（与另一处说法不一致）' : ''}`)
				.join('；') +
			'。'
		);
	},
	table(data) {
		return {
			caption: '粮食综合生产能力与粮食产量',
			columns: ['项目', '类别', '数值'],
			rows: data.bars.map((b) => ({
				cells: [b.label, b.measure === 'capacity' ? '综合生产能力' : '产量', b.figure.display],
				figures: [b.figure.id]
			}))
		};
	}
};
