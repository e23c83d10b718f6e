/**
 * The project pipeline year by year, under each year's theme (项目突破年 → 深化年 → 提升年):
 * key projects planned and done, investment completed, projects signed. Planned and actual
 * stand side by side, told apart by a label and a hatch, not by colour alone.
 */
import { chartFigure } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';

export const YEARS = [2023, 2024, 2025] as const;
export const KINDS = ['plan', 'actual'] as const;
export type Metric = 'count' | 'investment' | 'signed';

export interface PipelineData {
	themes: { year: number; zh: string }[];
	/** For each metric, the figure in each (year, plan|actual) slot, where the sources give one. */
	metrics: Record<Metric, { label: string; slots: Record<string, ChartFigure> }>;
	/** What each year's signed projects were worth. */
	signedValue: Record<string, ChartFigure>;
}

export interface PipelineState {
	metric: Metric;
}

export const slotKey = (year: number, kind: string) => `${year}-${kind}`;

const IDS: Record<Metric, { label: string; slots: Record<string, string> }> = {
	count: {
		label: '重点项目（个）',
		slots: {
			'2023-actual': 'key-projects-2023-actual',
			'2024-plan': 'key-projects-2024-plan',
			'2024-actual': 'key-projects-2024-actual',
			'2025-plan': 'key-projects-2025-plan'
		}
	},
	investment: {
		label: '重点项目年度完成投资（亿元）',
		slots: {
			'2023-actual': 'key-project-investment-2023-actual',
			'2025-plan': 'key-project-investment-2025-target'
		}
	},
	signed: {
		label: '签约项目（个）',
		slots: {
			'2023-actual': 'signed-projects-2023-actual',
			'2024-actual': 'signed-projects-2024-actual'
		}
	}
};

const SIGNED_VALUE: Record<string, string> = {
	'2023-actual': 'signed-project-value-2023-actual',
	'2024-actual': 'signed-project-value-2024-actual'
};

const KIND_WORD = { plan: '计划', actual: '实际' } as const;

export const spec: ChartSpec<PipelineData, PipelineState> = {
	id: 'project-pipeline',
	title: '项目年：重点项目与投资，逐年看',
	prepare(dataset) {
		const themes = dataset.themes.map((t) => ({ year: t.year, zh: t.zh }));
		const metrics = Object.fromEntries(
			(Object.keys(IDS) as Metric[]).map((m) => [
				m,
				{
					label: IDS[m].label,
					slots: Object.fromEntries(
						Object.entries(IDS[m].slots).map(([slot, id]) => [slot, chartFigure(dataset, id)])
					)
				}
			])
		) as PipelineData['metrics'];
		const signedValue = Object.fromEntries(
			Object.entries(SIGNED_VALUE).map(([slot, id]) => [slot, chartFigure(dataset, id)])
		);
		return { themes, metrics, signedValue };
	},
	states: {
		final: { metric: 'count' },
		count: { metric: 'count' },
		investment: { metric: 'investment' },
		signed: { metric: 'signed' }
	},
	describe(data, state) {
		const m = data.metrics[state.metric];
		const bars = Object.entries(m.slots).map(([slot, f]) => {
			const [year, kind] = slot.split('-') as [string, 'plan' | 'actual'];
			const value =
				state.metric === 'signed' && data.signedValue[slot]
					? `，总额${data.signedValue[slot]!.display}`
					: '';
			return `${year}年${KIND_WORD[kind]}${f.display}${value}`;
		});
		const themes = data.themes.map((t) => `${t.year}年“${t.zh}”`).join('、');
		return `柱形图，${m.label}：${bars.join('；')}。横轴标出每年的主题：${themes}。计划数用斜线柱、实际数用实心柱。`;
	},
	table(data, state) {
		const m = data.metrics[state.metric];
		return {
			caption: m.label,
			columns: ['年份', '计划或实际', '数值'],
			rows: Object.entries(m.slots).map(([slot, f]) => {
				const [year, kind] = slot.split('-') as [string, 'plan' | 'actual'];
				const extra = state.metric === 'signed' ? data.signedValue[slot] : undefined;
				return {
					cells: [
						`${year}年`,
						KIND_WORD[kind],
						extra ? `${f.display}，总额${extra.display}` : f.display
					],
					figures: extra ? [f.id, extra.id] : [f.id]
				};
			})
		};
	}
};
