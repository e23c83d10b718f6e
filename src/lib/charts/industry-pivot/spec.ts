/**
 * From the 2021 plan's three leading and four distinctive industries to the 2023 "2+2" system.
 * One box per industry in each system; the 2023 boxes are linked to the 2021 industries they
 * grew out of (data/industries.yaml `related`). Systems, tiers and industries are carried by
 * id and named from the lexicon when the chart renders.
 */
import { chartFigure } from '../figures';
import type { ChartFigure, ChartSpec, ChartText } from '../types';
import type { Dataset } from '$lib/data/schema';
import type { Lexicon } from '$lib/i18n/lexicon';
import type { Words } from './zh';

/** The two systems, in the order they came: 2021's on the left, 2023's on the right. */
export type SystemKey = 'before' | 'after';

/** The 2024 results the 2025 feature reports for two of the "2+2" industries, by industry id. */
export const RESULTS = {
	biomedicine: 'biomedicine-key-projects-signed-2024-actual',
	'online-audiovisual': 'audiovisual-base-firms-2024-actual'
} as const;
export type ResultOf = keyof typeof RESULTS;

export interface PivotIndustry {
	/** The industry's id (data/industries.yaml); its name is `lex.terms.industry[id]`. */
	id: string;
	system: SystemKey;
	/** The tier's id within its system; its name comes from `tierName`. */
	tier: string;
	/** Row within its column, from 0 (tier headings take rows too). */
	row: number;
	/**
	 * The 2025 size target, for the 2021 industries that have one: `bar` only for main
	 * business revenue (主营业务收入), the one measure two industries share; construction output
	 * and tourism income measure other things, so they are written out and never drawn on
	 * revenue's scale.
	 */
	target?: { figure: ChartFigure; bar: boolean };
	/** A 2024 result, for the 2023 industries the 2025 feature reports on. */
	result?: { figure: ChartFigure; of: ResultOf };
	/** Ids of the industries in the other system this one is linked to. */
	related: string[];
}

export interface IndustryPivotData {
	/** Each system's dataset id (named by `lex.terms.system[id]`) and year. */
	systems: { key: SystemKey; id: string; year: number }[];
	industries: PivotIndustry[];
	headings: { system: SystemKey; tier: string; row: number }[];
	rows: number;
}

export interface IndustryPivotState {
	/** Which systems are shown: the 2021 one alone, or both with the links between them. */
	view: 'before' | 'both' | 'after';
	/** Show the 2021 size targets (revenue as bars). */
	revenue: boolean;
	/** Show the 2024 results beside the 2023 industries. */
	results: boolean;
}

/** What a state adds to an industry: its 2025 target, its 2024 result, or nothing. */
export type Extra =
	| { kind: 'target'; figure: ChartFigure; bar: boolean }
	| { kind: 'result'; figure: ChartFigure; of: ResultOf };

/** Whether a state shows a system's column. */
export function shows(system: SystemKey, state: IndustryPivotState): boolean {
	return state.view === 'both' || state.view === system;
}

/** What a state says about an industry beyond its name: the marks and the description both ask here. */
export function extra(industry: PivotIndustry, state: IndustryPivotState): Extra | undefined {
	if (!shows(industry.system, state)) return undefined;
	if (state.revenue && industry.target) return { kind: 'target', ...industry.target };
	if (state.results && industry.result) return { kind: 'result', ...industry.result };
	return undefined;
}

/** The words before a target's value: what it measures, its year and kind. */
export function targetLabel(
	e: Extract<Extra, { kind: 'target' }>,
	{ w, lex, fmt }: Pick<ChartText<Words>, 'w' | 'lex' | 'fmt'>
): string {
	return w.target({
		year: fmt.year(e.figure.year),
		kind: fmt.kind(e.figure.kind),
		what: e.bar ? w.revenue : (lex.metrics[e.figure.id] ?? '')
	});
}

/** What a state adds to an industry, as a table cell: its target or result, or none. */
export function extraCell(
	e: Extra | undefined,
	{ w, lex, fmt }: Pick<ChartText<Words>, 'w' | 'lex' | 'fmt'>
): string {
	if (!e) return w.none;
	return e.kind === 'target'
		? w.targetCell({ metric: lex.metrics[e.figure.id] ?? '', value: fmt.quantity(e.figure) })
		: w.resultCell({ what: w.result[e.of], value: fmt.quantity(e.figure) });
}

/** A tier's name. Tier ids repeat across systems, so the lexicon keys them `<system>/<tier>`. */
export function tierName(
	lex: Lexicon,
	data: Pick<IndustryPivotData, 'systems'>,
	system: SystemKey,
	tier: string
): string {
	const id = data.systems.find((s) => s.key === system)!.id;
	return lex.terms.tier[`${id}/${tier}`] ?? tier;
}

/** The word that marks main business revenue in a metric's name. */
const REVENUE = '主营业务收入';

/** An industry's size target: its first level in 亿元; a bar only if it is main business revenue. */
function targetOf(dataset: Dataset, ids: string[]): PivotIndustry['target'] {
	const figure = ids
		.map((id) => dataset.figures.find((f) => f.id === id)!)
		.find((f) => f.unit === '亿元' && f.measure === 'level');
	return figure
		? { figure: chartFigure(dataset, figure.id), bar: figure.metric_zh.includes(REVENUE) }
		: undefined;
}

const resultOf = (id: string): ResultOf | undefined =>
	Object.hasOwn(RESULTS, id) ? (id as ResultOf) : undefined;

export const spec: ChartSpec<IndustryPivotData, IndustryPivotState, Words> = {
	id: 'industry-pivot',
	prepare(dataset) {
		const [before, after] = [...dataset.industries].sort((a, b) => a.year - b.year);
		if (!before || !after) throw new Error('industry-pivot: needs two industry systems');
		const industries: PivotIndustry[] = [];
		const headings: IndustryPivotData['headings'] = [];
		let rows = 0;
		for (const [key, system] of [
			['before', before],
			['after', after]
		] as const) {
			let row = 0;
			for (const tier of system.tiers) {
				headings.push({ system: key, tier: tier.id, row: row++ });
				for (const industry of tier.industries) {
					const target = key === 'before' ? targetOf(dataset, industry.figures) : undefined;
					const of = resultOf(industry.id);
					industries.push({
						id: industry.id,
						system: key,
						tier: tier.id,
						row: row++,
						...(target ? { target } : {}),
						...(of ? { result: { figure: chartFigure(dataset, RESULTS[of]), of } } : {}),
						related: industry.related
					});
				}
			}
			rows = Math.max(rows, row);
		}
		return {
			systems: [
				{ key: 'before', id: before.id, year: before.year },
				{ key: 'after', id: after.id, year: after.year }
			],
			industries,
			headings,
			rows
		};
	},
	states: {
		final: { view: 'both', revenue: false, results: false },
		before: { view: 'before', revenue: false, results: false },
		revenue: { view: 'before', revenue: true, results: false },
		pivot: { view: 'both', revenue: false, results: false },
		results: { view: 'after', revenue: false, results: true }
	},
	describe(data, state, { w, fmt, lex }) {
		const name = (id: string) => lex.terms.industry[id] ?? id;
		const item = (i: PivotIndustry) => {
			const e = extra(i, state);
			if (!e) return name(i.id);
			const year = fmt.year(e.figure.year);
			const value = fmt.quantity(e.figure);
			return e.kind === 'target'
				? w.withTarget({
						industry: name(i.id),
						year,
						kind: fmt.kind(e.figure.kind),
						metric: lex.metrics[e.figure.id] ?? '',
						value
					})
				: w.withResult({ industry: name(i.id), year, what: w.result[e.of], value });
		};
		const system = (key: SystemKey) => {
			const s = data.systems.find((x) => x.key === key)!;
			return { year: fmt.year(s.year), system: lex.terms.system[s.id] ?? s.id };
		};
		const tiers = (key: SystemKey) =>
			data.headings
				.filter((h) => h.system === key)
				.map((h) =>
					w.tierList({
						tier: tierName(lex, data, key, h.tier),
						industries: data.industries
							.filter((i) => i.system === key && i.tier === h.tier)
							.map(item)
					})
				);
		if (state.view !== 'both') return w.one({ ...system(state.view), tiers: tiers(state.view) });
		const links = data.industries
			.filter((i) => i.system === 'after' && i.related.length)
			.map((i) => w.link({ industry: name(i.id), from: i.related.map(name) }));
		return w.both({ before: system('before'), after: system('after'), links });
	},
	table(data, state, { w, fmt, lex }) {
		// the table lists every figure the chart can show, whatever the state
		const all: IndustryPivotState = { ...state, view: 'both', revenue: true, results: true };
		return {
			caption: w.caption,
			columns: w.columns,
			rows: data.industries.map((i) => {
				const e = extra(i, all);
				return {
					cells: [
						lex.terms.industry[i.id] ?? i.id,
						fmt.year(data.systems.find((s) => s.key === i.system)!.year),
						tierName(lex, data, i.system, i.tier),
						extraCell(e, { w, lex, fmt })
					],
					figures: [i.target?.figure.id, i.result?.figure.id].filter((x): x is string => !!x)
				};
			})
		};
	}
};
