/**
 * A timeline from the 2020 baseline to the 2035 vision. The vision has no numbers: its
 * milestones are the plan's own words, quoted with their source (tests/unit/charts check each
 * quote against the source text). The quotes are evidence and stay in Chinese in every locale;
 * each milestone's title comes from the chart's words, a theme's from the lexicon. The yearly
 * themes come from data/themes.yaml.
 */
import { chartFigure } from '../figures';
import type { ChartFigure, ChartSpec, ChartText } from '../types';
import type { Words } from './zh';

export type Era = 'plan' | 'themes' | 'city' | 'vision';

/** The milestones told in the sources' own words, by id; their titles are in the words. */
export type QuotedId =
	'baseline' | 'plan' | 'main-city' | 'plan-end' | 'vision' | 'gdp-per-capita' | 'five-districts';

export interface Milestone {
	/** A QuotedId, or `theme-<year>` for a yearly theme. */
	id: string;
	year: number;
	/** The source's words, verbatim: evidence, shown in Chinese in every locale. */
	quote: string;
	/** The source's id in data/sources.yaml; its name is `lex.sources[source]`. */
	source: string;
	/** The period the milestone belongs to, for highlighting. */
	era: Era;
	/** A figure to show with it, where there is one; named by `lex.metrics[figure.id]`. */
	figure?: ChartFigure;
}

export interface TimelineData {
	milestones: Milestone[];
}

export interface TimelineState {
	/** The era the step talks about, or all. */
	focus: Era | 'all';
}

/** Milestones told in the sources' own words. */
export const QUOTED: (Omit<Milestone, 'figure'> & { id: QuotedId })[] = [
	{
		id: 'baseline',
		year: 2020,
		quote: '为开启现代化山水魅力中心城区建设新征程奠定了坚实基础',
		source: 'plan-14th-2021',
		era: 'plan'
	},
	{
		id: 'plan',
		year: 2021,
		quote: '明确今后五年经济社会发展主要目标任务，擘画到 2035 年的远景目标',
		source: 'plan-14th-2021',
		era: 'plan'
	},
	{
		id: 'main-city',
		year: 2024,
		quote: '国务院批复《济南市国土空间总体规划(2021—2035年)》，明确将长清区纳入济南市主城区范围',
		source: 'lianghui-feature-2025',
		era: 'city'
	},
	{
		id: 'plan-end',
		year: 2025,
		quote: '在“十四五”规划的收官之年，长清将以“项目提升年”为总牵引',
		source: 'lianghui-feature-2025',
		era: 'plan'
	},
	{
		id: 'vision',
		year: 2035,
		quote: '一座富强民主文明和谐美丽的现代化山水魅力中心城区将崛起于济南西部',
		source: 'plan-14th-2021',
		era: 'vision'
	},
	{
		id: 'gdp-per-capita',
		year: 2035,
		quote: '人均地区生产总值达到中等发达经济体水平',
		source: 'plan-14th-2021',
		era: 'vision'
	},
	{
		id: 'five-districts',
		year: 2035,
		quote: '建成高水平创新创业强区、智能制造强区、商业服务强区、医养康养强区、文化旅游强区',
		source: 'plan-14th-2021',
		era: 'vision'
	}
];

const THEME = 'theme-';

/** Whether a state highlights a milestone; the others are dimmed. */
export function lit(m: Milestone, state: TimelineState): boolean {
	return state.focus === 'all' || state.focus === m.era;
}

/** Whether a state quotes a milestone's source: a highlighted era's, and the vision's always. */
export function quoted(m: Milestone, state: TimelineState): boolean {
	return lit(m, state) && (state.focus !== 'all' || m.era === 'vision');
}

/** A milestone's title: from the chart's words, or a yearly theme's name from the lexicon. */
export function titleOf(m: Milestone, { w, lex }: Pick<ChartText<Words>, 'w' | 'lex'>): string {
	if (m.id.startsWith(THEME)) {
		const year = m.id.slice(THEME.length);
		return w.theme({ name: lex.terms.theme[year] ?? year });
	}
	return w.titles[m.id as QuotedId];
}

/** A milestone's quote in the reader's words, where the locale gives one (English does). */
export function glossOf(m: Milestone, w: Words): string | undefined {
	return (w.gloss as Partial<Record<string, string>>)[m.id];
}

export const spec: ChartSpec<TimelineData, TimelineState, Words> = {
	id: 'timeline-2035',
	prepare(dataset) {
		const themes: Milestone[] = dataset.themes.map((t) => ({
			id: `${THEME}${t.year}`,
			year: t.year,
			quote: t.excerpt,
			source: t.source,
			era: 'themes'
		}));
		const milestones = [...QUOTED, ...themes]
			.map((m): Milestone =>
				m.id === 'baseline' ? { ...m, figure: chartFigure(dataset, 'gdp-2020-baseline') } : m
			)
			.sort((a, b) => a.year - b.year || (a.era === 'themes' ? -1 : 1));
		return { milestones };
	},
	states: {
		final: { focus: 'all' },
		plan: { focus: 'plan' },
		themes: { focus: 'themes' },
		city: { focus: 'city' },
		vision: { focus: 'vision' }
	},
	describe(data, state, { w, fmt, lex }) {
		return w.describe({
			items: data.milestones
				.filter((m) => lit(m, state))
				.map((m) =>
					w.item({
						year: fmt.year(m.year),
						title: titleOf(m, { w, lex }),
						quote: m.quote,
						gloss: glossOf(m, w)
					})
				)
		});
	},
	table(data, _state, { w, fmt, lex }) {
		return {
			caption: w.caption,
			columns: w.columns,
			rows: data.milestones.map((m) => ({
				cells: [
					fmt.year(m.year),
					titleOf(m, { w, lex }),
					w.quoteCell({ quote: m.quote, gloss: glossOf(m, w) }),
					lex.sources[m.source] ?? m.source
				],
				figures: m.figure ? [m.figure.id] : []
			}))
		};
	}
};
