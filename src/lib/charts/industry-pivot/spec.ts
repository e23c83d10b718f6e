/**
 * From the 2021 plan's three leading and four featured industries to the 2023 "2+2" system.
 * One box per industry in each system; the 2023 boxes are linked to the 2021 industries they
 * grew out of (data/industries.yaml `related`). Systems, tiers and industries are carried by
 * id and named from the lexicon when the chart renders.
 */
import { chartFigure } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';
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
	/** The 2025 revenue target, for the 2021 industries that have one. */
	revenue?: ChartFigure;
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
	/** Show the 2021 revenue targets as bars. */
	revenue: boolean;
	/** Show the 2024 results beside the 2023 industries. */
	results: boolean;
}

/** What a state adds to an industry: its 2025 target, its 2024 result, or nothing. */
export type Extra =
	{ kind: 'target'; figure: ChartFigure } | { kind: 'result'; figure: ChartFigure; of: ResultOf };

/** Whether a state shows a system's column. */
export function shows(system: SystemKey, state: IndustryPivotState): boolean {
	return state.view === 'both' || state.view === system;
}

/** What a state says about an industry beyond its name: the marks and the description both ask here. */
export function extra(industry: PivotIndustry, state: IndustryPivotState): Extra | undefined {
	if (!shows(industry.system, state)) return undefined;
	if (state.revenue && industry.revenue) return { kind: 'target', figure: industry.revenue };
	if (state.results && industry.result) return { kind: 'result', ...industry.result };
	return undefined;
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

/** Revenue targets are the figures whose unit is 亿元 and measure a level. */
function revenueOf(dataset: Dataset, ids: string[]): ChartFigure | undefined {
	return ids
		.map((id) => chartFigure(dataset, id))
		.find((x) => x.unit === '亿元' && x.measure === 'level');
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
					const revenue = key === 'before' ? revenueOf(dataset, industry.figures) : undefined;
					const of = resultOf(industry.id);
					industries.push({
						id: industry.id,
						system: key,
						tier: tier.id,
						row: row++,
						...(revenue ? { revenue } : {}),
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
						!e
							? w.none
							: e.kind === 'target'
								? w.targetCell({
										metric: lex.metrics[e.figure.id] ?? '',
										value: fmt.quantity(e.figure)
									})
								: w.resultCell({ what: w.result[e.of], value: fmt.quantity(e.figure) })
					],
					figures: [i.revenue?.id, i.result?.figure.id].filter((x): x is string => !!x)
				};
			})
		};
	}
};
