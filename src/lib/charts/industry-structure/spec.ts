/** The 2020 industry structure, 10 : 47.9 : 42.1, as one stacked bar. */
import { chartFigures } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';
import type { Words } from './zh';

export const SECTORS = ['primary', 'secondary', 'tertiary'] as const;
export type Sector = (typeof SECTORS)[number];

export interface IndustryStructureData {
	shares: (ChartFigure & { sector: Sector })[];
}

export interface IndustryStructureState {
	/** The sector the step talks about; the others fade. */
	highlight: Sector | null;
}

export const spec: ChartSpec<IndustryStructureData, IndustryStructureState, Words> = {
	id: 'industry-structure',
	prepare(dataset) {
		const ids = SECTORS.map((s) => `industry-share-${s}-2020-baseline`);
		return {
			shares: chartFigures(dataset, ids).map((f, i) => ({ ...f, sector: SECTORS[i]! }))
		};
	},
	states: {
		final: { highlight: null },
		secondary: { highlight: 'secondary' },
		tertiary: { highlight: 'tertiary' },
		primary: { highlight: 'primary' }
	},
	describe(data, state, { w, fmt }) {
		const parts = fmt.list(
			data.shares.map((s) => w.part({ sector: w.sector[s.sector], value: fmt.quantity(s) }))
		);
		const top = [...data.shares].sort((a, b) => b.value - a.value)[0]!;
		const focus = state.highlight
			? w.highlighted({ sector: w.sector[state.highlight] })
			: w.largest({ sector: w.sector[top.sector] });
		return w.describe({ parts, focus });
	},
	table(data, _state, { w, fmt }) {
		return {
			caption: w.caption,
			columns: w.columns,
			rows: data.shares.map((s) => ({
				cells: [w.sector[s.sector], fmt.quantity(s)],
				figures: [s.id]
			}))
		};
	}
};
