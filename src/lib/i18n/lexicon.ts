/**
 * The dataset's own words in one locale: unit names, source names, metric names and the names
 * of zones, towns, industries, themes and plan rows. Charts carry ids; a page carries the
 * lexicon of its locale, and components look words up in it when they render.
 */
import type { Quantity } from '$lib/format/format';
import type { Dataset } from '$lib/data/schema';
import type { Locale } from './locale';

/** The kinds of named things in the dataset, each looked up by its id. */
export const TERM_KINDS = [
	'category',
	'group',
	'plan',
	'planTarget',
	'system',
	'tier',
	'industry',
	'zone',
	'zoneRole',
	'town',
	'townRole',
	'theme',
	'conflict',
	'caveat',
	'meaning'
] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export interface Lexicon {
	/** Unit id (as the sources write it) → how this locale writes it after a number. */
	units: Record<string, string>;
	/** Source id → its short name for citations. */
	sources: Record<string, string>;
	/** Source id → the document's full title. */
	titles: Record<string, string>;
	/** Figure id → the name of what it measures; only the figures a page shows. */
	metrics: Record<string, string>;
	/** Named things by kind and id: `terms.zone['gaotie']`; tiers by `<system>/<tier>`. */
	terms: Record<TermKind, Record<string, string>>;
	/**
	 * A source's excerpt (verbatim Chinese, the evidence) → its English gloss, shown beside it;
	 * only the excerpts a page shows, and none in Chinese.
	 */
	glosses: Record<string, string>;
	/**
	 * An excerpt that is a row of the plan's indicator table (Box 1) → the row read cell by cell
	 * under the table's column heads; only the excerpts a page shows.
	 */
	rows: Record<string, RowReading>;
	/** Conflict id → its one sentence, for the tips of its figures; only those a page shows. */
	conflicts: Record<string, string>;
}

/** A row of Box 1 as its excerpt gives it ("5 一般公共预算收入 亿元 26.6 40.9 9"), cell by cell. */
export interface RowReading {
	/** The row's number in the table. */
	no: number;
	/** The indicator's name in the page's language. */
	name: string;
	/** 2020年完成. */
	baseline?: Quantity;
	/** 2025年目标: an amount, or the table's words where it gives none. */
	target?: Quantity | string;
	/**
	 * 年均增长（%）: its number and qualifier (">7" is more than 7), its unit the column's and
	 * not repeated, so empty.
	 */
	growth?: Quantity;
	/** 属性: 约束性 (binding) or 预期性 (expected). */
	binding: boolean;
}

export const EMPTY_LEXICON: Lexicon = {
	units: {},
	sources: {},
	titles: {},
	metrics: {},
	terms: Object.fromEntries(TERM_KINDS.map((k) => [k, {}])) as Lexicon['terms'],
	glosses: {},
	rows: {},
	conflicts: {}
};

/** Every excerpt inside a value: the `excerpt` of any object in it. */
export function excerptsIn(value: unknown, found = new Set<string>()): Set<string> {
	if (Array.isArray(value)) for (const v of value) excerptsIn(v, found);
	else if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (typeof o.excerpt === 'string') found.add(o.excerpt);
		for (const v of Object.values(o)) excerptsIn(v, found);
	}
	return found;
}

/** Every cited thing in the dataset (figures, quotes, later mentions …): excerpt → gloss. */
function glossesOf(value: unknown, found = new Map<string, string>()): Map<string, string> {
	if (Array.isArray(value)) for (const v of value) glossesOf(v, found);
	else if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (typeof o.excerpt === 'string' && typeof o.excerpt_en === 'string')
			found.set(o.excerpt, o.excerpt_en);
		for (const v of Object.values(o)) glossesOf(v, found);
	}
	return found;
}

/** The ids of every cited figure inside a page's data: objects with an id, a value and an excerpt. */
export function figureIdsIn(value: unknown, found = new Set<string>()): Set<string> {
	if (Array.isArray(value)) for (const v of value) figureIdsIn(v, found);
	else if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (typeof o.id === 'string' && typeof o.value === 'number' && typeof o.excerpt === 'string')
			found.add(o.id);
		for (const v of Object.values(o)) figureIdsIn(v, found);
	}
	return found;
}

/**
 * The source of every cited figure inside a chart's data, by figure id: what a table's source
 * link names ("“十四五”规划纲要" rather than a bare "原文").
 */
export function figureSourcesIn(
	value: unknown,
	found = new Map<string, string>()
): Map<string, string> {
	if (Array.isArray(value)) for (const v of value) figureSourcesIn(v, found);
	else if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (typeof o.id === 'string' && typeof o.source === 'string' && typeof o.excerpt === 'string')
			found.set(o.id, o.source);
		for (const v of Object.values(o)) figureSourcesIn(v, found);
	}
	return found;
}

/**
 * The lexicon a page needs in a locale: every unit, source and named thing, and the metric
 * names of the figures found in `payloads` (the page's prepared data).
 */
export function lexicon(dataset: Dataset, locale: Locale, ...payloads: unknown[]): Lexicon {
	const zh = locale === 'zh';
	const pick = <T>(items: T[], id: (t: T) => string | number, word: (t: T) => string) =>
		Object.fromEntries(items.map((t) => [String(id(t)), word(t)]));
	const ids = new Set<string>();
	for (const p of payloads) figureIdsIn(p, ids);

	// tier ids repeat across systems (both have `leading`): a tier is keyed `<system>/<tier>`
	const tiers = dataset.industries.flatMap((s) =>
		s.tiers.map((t) => ({ ...t, id: `${s.id}/${t.id}` }))
	);
	return {
		units: pick(
			dataset.units,
			(u) => u.id,
			(u) => (zh ? u.id : u.en)
		),
		sources: pick(
			dataset.sources,
			(s) => s.id,
			(s) => (zh ? s.short : s.short_en)
		),
		titles: pick(
			dataset.sources,
			(s) => s.id,
			(s) => (zh ? s.title : s.title_en)
		),
		metrics: pick(
			dataset.figures.filter((f) => ids.has(f.id)),
			(f) => f.id,
			(f) => (zh ? f.metric_zh : f.metric_en)
		),
		terms: {
			category: pick(
				dataset.categories,
				(c) => c.id,
				(c) => (zh ? c.zh : c.en)
			),
			group: pick(
				dataset.plan.groups,
				(g) => g.id,
				(g) => (zh ? g.zh : g.en)
			),
			plan: pick(
				dataset.plan.indicators,
				(p) => p.no,
				(p) => (zh ? p.name_zh : p.name_en)
			),
			planTarget: pick(
				dataset.plan.indicators.filter((p) => p.target_text_zh),
				(p) => p.no,
				(p) => (zh ? p.target_text_zh! : (p.target_text_en ?? p.target_text_zh!))
			),
			system: pick(
				dataset.industries,
				(s) => s.id,
				(s) => (zh ? s.zh : s.en)
			),
			tier: pick(
				tiers,
				(t) => t.id,
				(t) => (zh ? t.zh : t.en)
			),
			industry: pick(
				tiers.flatMap((t) => t.industries),
				(i) => i.id,
				(i) => (zh ? i.zh : i.en)
			),
			zone: pick(
				dataset.zones,
				(z) => z.id,
				(z) => (zh ? z.zh : z.en)
			),
			zoneRole: pick(
				dataset.zones,
				(z) => z.id,
				(z) => (zh ? z.role_zh : z.role_en)
			),
			town: pick(
				dataset.towns,
				(t) => t.id,
				(t) => (zh ? t.zh : t.en)
			),
			townRole: pick(
				dataset.towns,
				(t) => t.id,
				(t) => (zh ? t.role_zh : t.role_en)
			),
			theme: pick(
				dataset.themes,
				(t) => t.year,
				(t) => (zh ? t.zh : t.en)
			),
			conflict: pick(
				dataset.conflicts,
				(c) => c.id,
				(c) => (zh ? c.note_zh : c.note_en)
			),
			/** A progress row's caveat, by its target's id. */
			caveat: pick(
				dataset.progress.filter((r) => r.caveat_zh !== undefined),
				(r) => r.target,
				(r) => (zh ? r.caveat_zh! : r.caveat_en!)
			),
			/** A progress row's indicator in plain words, by its target's id. */
			meaning: pick(
				dataset.progress.filter((r) => r.meaning_zh !== undefined),
				(r) => r.target,
				(r) => (zh ? r.meaning_zh! : r.meaning_en!)
			)
		},
		glosses: glossesFor(dataset, locale, ...payloads),
		rows: rowsFor(dataset, locale, ...payloads),
		conflicts: conflictsFor(dataset, locale, ...payloads)
	};
}

/**
 * The lexicon of a page whose rows carry their metric names in both languages (the desk, the
 * sources): no metric names, which would only be sent twice, but the glosses of its excerpts.
 */
export function rowsLexicon(dataset: Dataset, locale: Locale, view: unknown): Lexicon {
	return {
		...lexicon(dataset, locale),
		glosses: glossesFor(dataset, locale, view),
		rows: rowsFor(dataset, locale, view),
		conflicts: conflictsFor(dataset, locale, view)
	};
}

/** The Box 1 rows among the excerpts found in `payloads`, read cell by cell. */
export function rowsFor(
	dataset: Dataset,
	locale: Locale,
	...payloads: unknown[]
): Record<string, RowReading> {
	const excerpts = new Set<string>();
	for (const p of payloads) excerptsIn(p, excerpts);
	const figure = (id: string | undefined): Quantity | undefined => {
		const f = id ? dataset.figures.find((x) => x.id === id) : undefined;
		return (
			f && { value: f.value, unit: f.unit, ...(f.qualifier ? { qualifier: f.qualifier } : {}) }
		);
	};
	// A figure cites its row whole, or its first cells only ("24 耕地保有量 万亩 67.7" of a row
	// whose target cell says 完成市下达任务): either way the reader gets the row read whole.
	const cited = (r: Dataset['plan']['indicators'][number]) =>
		[...excerpts].filter(
			(e) => r.excerpt === e || (e.startsWith(`${r.no} `) && r.excerpt.startsWith(`${e} `))
		);
	return Object.fromEntries(
		dataset.plan.indicators.flatMap((r) =>
			cited(r).map((excerpt): [string, RowReading] => {
				const baseline = figure(r.baseline);
				const target = figure(r.target) ?? (locale === 'zh' ? r.target_text_zh : r.target_text_en);
				const rate = figure(r.growth);
				const growth = rate && { ...rate, unit: '' };
				return [
					excerpt,
					{
						no: r.no,
						name: locale === 'zh' ? r.name_zh : r.name_en,
						...(baseline ? { baseline } : {}),
						...(target ? { target } : {}),
						...(growth !== undefined ? { growth } : {}),
						binding: r.binding
					}
				];
			})
		)
	);
}

/** The English glosses of the excerpts found in `payloads`; none in Chinese. */
export function glossesFor(
	dataset: Dataset,
	locale: Locale,
	...payloads: unknown[]
): Record<string, string> {
	if (locale === 'zh') return {};
	const excerpts = new Set<string>();
	for (const p of payloads) excerptsIn(p, excerpts);
	const glosses = glossesOf(dataset);
	return Object.fromEntries(
		[...excerpts].flatMap((e) => (glosses.has(e) ? [[e, glosses.get(e)!]] : []))
	);
}

/** Every conflict id a value's figures name in their `conflicts` or `notes`. */
function conflictIdsIn(value: unknown, found = new Set<string>()): Set<string> {
	if (Array.isArray(value)) for (const v of value) conflictIdsIn(v, found);
	else if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		for (const key of ['conflicts', 'notes'])
			if (Array.isArray(o[key]))
				for (const id of o[key] as unknown[]) if (typeof id === 'string') found.add(id);
		for (const v of Object.values(o)) conflictIdsIn(v, found);
	}
	return found;
}

/** The one-sentence summaries of the conflicts `payloads` name, in the locale. */
export function conflictsFor(
	dataset: Dataset,
	locale: Locale,
	...payloads: unknown[]
): Record<string, string> {
	const ids = new Set<string>();
	for (const p of payloads) conflictIdsIn(p, ids);
	return Object.fromEntries(
		dataset.conflicts
			.filter((c) => ids.has(c.id))
			.map((c) => [c.id, locale === 'zh' ? c.summary_zh : c.summary_en])
	);
}
