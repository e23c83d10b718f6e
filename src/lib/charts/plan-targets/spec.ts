/**
 * The 25 indicators of the plan's 专栏1, 2020 → 2025. Units differ, so each level indicator is
 * drawn as its planned change in % of its own 2020 value; growth rates, five-year totals and
 * targets given in words are written out instead of drawn on a scale they do not share.
 */
import { chartFigure } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';
import { formatPercent } from '$lib/format/number';

export type RowKind = 'change' | 'rate' | 'total' | 'words';

export interface PlanRow {
	no: number;
	group: string;
	/** A short name that fits a phone. */
	label: string;
	/** The plan's own name. */
	name: string;
	binding: boolean;
	kind: RowKind;
	baseline?: ChartFigure;
	target?: ChartFigure;
	/** Planned change from 2020 to 2025, in % of the 2020 value ('change' rows). */
	change?: number;
	/** Whether the plan wants this to fall. */
	reduction: boolean;
	/** What the plan says where it gives no number. */
	words?: string;
}

export interface PlanDumbbellData {
	groups: { id: string; zh: string }[];
	rows: PlanRow[];
}

export interface PlanDumbbellState {
	/** The group the step talks about, 'binding' for the 约束性 rows, or 'all'. */
	focus: string;
	/** Whether the changes are drawn (an overview shows the names alone first). */
	drawn: boolean;
}

/** Short names for a narrow screen, by row number of 专栏1. */
const SHORT: Record<number, string> = {
	1: '常住人口',
	2: '城镇化率',
	3: '地区生产总值增速',
	4: '规上工业增加值增速',
	5: '一般公共预算收入',
	6: '固定资产投资增速',
	7: '社会消费品零售总额',
	8: '数字经济占GDP比重',
	9: '“四新”经济占比',
	10: '研发经费占GDP比重',
	11: '万人有效发明专利',
	12: '进出口总额',
	13: '实际使用外资',
	14: '单位GDP能耗降低',
	15: '单位GDP用水量降低',
	16: '单位GDP碳排放降低',
	17: '空气质量优良天数比例',
	18: '城镇居民人均收入',
	19: '农村居民人均收入',
	20: '新增城镇就业（五年累计）',
	21: '基本养老保险参保率',
	22: '每千人口执业医师',
	23: '每千人口养老床位',
	24: '耕地保有量',
	25: '粮食综合生产能力'
};

/** How a row's numbers read in words. */
export function rowText(r: PlanRow): string {
	if (r.kind === 'words') return `2020年${r.baseline?.display ?? ''}，2025年：${r.words}`;
	if (r.kind === 'rate') return `增速由${r.baseline!.display}到${r.target!.display}`;
	if (r.kind === 'total') return `五年累计由${r.baseline!.display}到${r.target!.display}`;
	return `${r.baseline!.display}→${r.target!.display}（${r.change! >= 0 ? '+' : ''}${formatPercent(r.change!)}）`;
}

export const spec: ChartSpec<PlanDumbbellData, PlanDumbbellState> = {
	id: 'plan-targets',
	title: '“十四五”25项主要指标：2020年→2025年',
	prepare(dataset) {
		const rows = dataset.plan.indicators.map((i): PlanRow => {
			const baseline = i.baseline ? chartFigure(dataset, i.baseline) : undefined;
			const target = i.target ? chartFigure(dataset, i.target) : undefined;
			const kind: RowKind = !target
				? 'words'
				: target.measure === 'growth'
					? 'rate'
					: target.measure === 'cumulative'
						? 'total'
						: 'change';
			const change =
				kind === 'change' && baseline && target
					? (target.value / baseline.value - 1) * 100
					: undefined;
			return {
				no: i.no,
				group: i.group,
				label: SHORT[i.no] ?? i.name_zh,
				name: i.name_zh,
				binding: i.binding,
				kind,
				...(baseline ? { baseline } : {}),
				...(target ? { target } : {}),
				...(change === undefined ? {} : { change }),
				reduction: /降低|下降|减少/u.test(i.name_zh),
				...(i.target_text_zh ? { words: i.target_text_zh } : {})
			};
		});
		return { groups: dataset.plan.groups.map((g) => ({ id: g.id, zh: g.zh })), rows };
	},
	states: {
		final: { focus: 'all', drawn: true },
		overview: { focus: 'all', drawn: false },
		strength: { focus: 'strength', drawn: true },
		quality: { focus: 'quality', drawn: true },
		opening: { focus: 'opening', drawn: true },
		ecology: { focus: 'ecology', drawn: true },
		wellbeing: { focus: 'wellbeing', drawn: true },
		security: { focus: 'security', drawn: true },
		binding: { focus: 'binding', drawn: true }
	},
	describe(data, state) {
		const shown = data.rows.filter(
			(r) =>
				state.focus === 'all' || r.group === state.focus || (state.focus === 'binding' && r.binding)
		);
		const group = data.groups.find((g) => g.id === state.focus);
		const lead = !state.drawn
			? `专栏1共${data.rows.length}项指标，分为${data.groups.map((g) => g.zh).join('、')}${data.groups.length}组。`
			: state.focus === 'binding'
				? `约束性指标${shown.length}项：`
				: group
					? `${group.zh}${shown.length}项：`
					: `全部${shown.length}项，横条表示2025年目标比2020年高出的百分比：`;
		const body = state.drawn ? shown.map((r) => `${r.label}${rowText(r)}`).join('；') + '。' : '';
		return lead + body;
	},
	table(data) {
		return {
			caption: '“十四五”规划纲要专栏1：主要指标',
			columns: ['指标', '组别', '2020年', '2025年', '属性'],
			rows: data.rows.map((r) => ({
				cells: [
					r.name,
					data.groups.find((g) => g.id === r.group)?.zh ?? r.group,
					r.baseline?.display ?? '—',
					r.target?.display ?? r.words ?? '—',
					r.binding ? '约束性' : '预期性'
				],
				figures: [r.baseline?.id, r.target?.id].filter((id): id is string => !!id)
			}))
		};
	}
};
