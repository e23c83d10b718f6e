/**
 * A timeline from the 2020 baseline to the 2035 vision. The vision has no numbers: its
 * milestones are the plan's own words, quoted with their source (tests/unit/charts check each
 * quote against the source text). The yearly themes come from data/themes.yaml.
 */
import { chartFigure } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';

export interface Milestone {
	id: string;
	year: number;
	/** A short title. */
	title: string;
	/** The source's words, verbatim. */
	quote: string;
	/** The source's id in data/sources.yaml. */
	source: string;
	/** The period the milestone belongs to, for highlighting. */
	era: 'plan' | 'themes' | 'city' | 'vision';
	/** A figure to show with it, where there is one. */
	figure?: ChartFigure;
}

export interface TimelineData {
	milestones: Milestone[];
	sources: Record<string, string>;
}

export interface TimelineState {
	/** The era the step talks about, or all. */
	focus: 'plan' | 'themes' | 'city' | 'vision' | 'all';
}

/** Milestones told in the sources' own words. */
export const QUOTED: Omit<Milestone, 'figure'>[] = [
	{
		id: 'baseline',
		year: 2020,
		title: '“十三五”收官',
		quote: '为开启现代化山水魅力中心城区建设新征程奠定了坚实基础',
		source: 'plan-14th-2021',
		era: 'plan'
	},
	{
		id: 'plan',
		year: 2021,
		title: '“十四五”规划纲要印发',
		quote: '明确今后五年经济社会发展主要目标任务，擘画到 2035 年的远景目标',
		source: 'plan-14th-2021',
		era: 'plan'
	},
	{
		id: 'main-city',
		year: 2024,
		title: '纳入济南主城区',
		quote: '国务院批复《济南市国土空间总体规划(2021—2035年)》，明确将长清区纳入济南市主城区范围',
		source: 'lianghui-feature-2025',
		era: 'city'
	},
	{
		id: 'plan-end',
		year: 2025,
		title: '“十四五”收官',
		quote: '在“十四五”规划的收官之年，长清将以“项目提升年”为总牵引',
		source: 'lianghui-feature-2025',
		era: 'plan'
	},
	{
		id: 'vision',
		year: 2035,
		title: '现代化山水魅力中心城区',
		quote: '一座富强民主文明和谐美丽的现代化山水魅力中心城区将崛起于济南西部',
		source: 'plan-14th-2021',
		era: 'vision'
	},
	{
		id: 'five-districts',
		year: 2035,
		title: '五个“强区”',
		quote: '建成高水平创新创业强区、智能制造强区、商业服务强区、医养康养强区、文化旅游强区',
		source: 'plan-14th-2021',
		era: 'vision'
	}
];

export const spec: ChartSpec<TimelineData, TimelineState> = {
	id: 'timeline-2035',
	title: '时间线：2020 → 2025 → 2035',
	prepare(dataset) {
		const themes: Milestone[] = dataset.themes.map((t) => ({
			id: `theme-${t.year}`,
			year: t.year,
			title: `“${t.zh}”`,
			quote: t.excerpt,
			source: t.source,
			era: 'themes'
		}));
		const milestones = [...QUOTED, ...themes]
			.map((m) =>
				m.id === 'baseline'
					? { ...m, figure: chartFigure(dataset, 'gdp-2020-baseline', '地区生产总值') }
					: m
			)
			.sort((a, b) => a.year - b.year || (a.era === 'themes' ? -1 : 1));
		const sources = Object.fromEntries(dataset.sources.map((s) => [s.id, s.short]));
		return { milestones, sources };
	},
	states: {
		final: { focus: 'all' },
		plan: { focus: 'plan' },
		themes: { focus: 'themes' },
		city: { focus: 'city' },
		vision: { focus: 'vision' }
	},
	describe(data, state) {
		const shown = data.milestones.filter((m) => state.focus === 'all' || m.era === state.focus);
		return (
			'竖向时间线，从2020年到2035年，2025年之后的十年压缩显示。' +
			shown.map((m) => `${m.year}年：${m.title}（“${m.quote}”）`).join('；') +
			'。'
		);
	},
	table(data) {
		return {
			caption: '从2020年到2035年',
			columns: ['年份', '事件', '原文', '出处'],
			rows: data.milestones.map((m) => ({
				cells: [`${m.year}年`, m.title, m.quote, data.sources[m.source] ?? m.source],
				figures: m.figure ? [m.figure.id] : []
			}))
		};
	}
};
