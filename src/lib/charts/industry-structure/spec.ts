/** The 2020 industry structure, 10 : 47.9 : 42.1, as one stacked bar. */
import { chartFigures } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';

export const SECTORS = ['primary', 'secondary', 'tertiary'] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_NAMES: Record<Sector, string> = {
	primary: '第一产业',
	secondary: '第二产业',
	tertiary: '第三产业'
};

export interface IndustryStructureData {
	shares: (ChartFigure & { sector: Sector })[];
}

export interface IndustryStructureState {
	/** The sector the step talks about; the others fade. */
	highlight: Sector | null;
}

export const spec: ChartSpec<IndustryStructureData, IndustryStructureState> = {
	id: 'industry-structure',
	title: '2020年长清区三次产业结构',
	prepare(dataset) {
		const ids = SECTORS.map((s) => `industry-share-${s}-2020-baseline`);
		return {
			shares: chartFigures(dataset, ids).map((f, i) => ({
				...f,
				label: SECTOR_NAMES[SECTORS[i]!],
				sector: SECTORS[i]!
			}))
		};
	},
	states: {
		final: { highlight: null },
		secondary: { highlight: 'secondary' },
		tertiary: { highlight: 'tertiary' },
		primary: { highlight: 'primary' }
	},
	describe(data, state) {
		const parts = data.shares.map((s) => `${s.label}${s.display}`).join('、');
		const top = [...data.shares].sort((a, b) => b.value - a.value)[0]!;
		const focus = state.highlight
			? `图中突出${SECTOR_NAMES[state.highlight]}。`
			: `其中${top.label}占比最高。`;
		return `横条按比例分为三段：2020年长清区三次产业增加值占比为${parts}。${focus}`;
	},
	table(data) {
		return {
			caption: '2020年三次产业增加值占比',
			columns: ['产业', '占比'],
			rows: data.shares.map((s) => ({ cells: [s.label, s.display], figures: [s.id] }))
		};
	}
};
