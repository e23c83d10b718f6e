/**
 * The data desk's search, filters and sort: pure functions of the rows and the query, so the
 * page and the tests agree on what a query shows.
 */
import { LANG_TAG, type Locale } from '$lib/i18n/locale';
import type { WordGroup } from './synonyms';
import { metricName, type DeskRow } from './view';

export interface DeskQuery {
	/** Words to find in the metric (Chinese or English), the id or the excerpt. */
	text: string;
	category: string;
	year: string;
	kind: string;
	source: string;
}

export const EMPTY_QUERY: DeskQuery = { text: '', category: '', year: '', kind: '', source: '' };

/** The address's name for each field of a query: `/data/?q=GDP&kind=target&sort=year-desc`. */
const PARAMS: Record<keyof DeskQuery, string> = {
	text: 'q',
	category: 'category',
	year: 'year',
	kind: 'kind',
	source: 'source'
};

/**
 * A query and sort as the address's search: only what is set, so an unfiltered desk is plain
 * `/data/`. The address keeps the desk's state for a reload, a shared link and the language
 * switch, which leads to the same filters in the other language.
 */
export function querySearch(query: DeskQuery, sort: string): string {
	const params = new URLSearchParams();
	for (const [field, name] of Object.entries(PARAMS) as [keyof DeskQuery, string][])
		if (query[field]) params.set(name, query[field]);
	if (sort) params.set('sort', sort);
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** The query and sort an address's search names; an unknown parameter is ignored. */
export function searchQuery(search: string): { query: DeskQuery; sort: string } {
	const params = new URLSearchParams(search);
	const query = { ...EMPTY_QUERY };
	for (const [field, name] of Object.entries(PARAMS) as [keyof DeskQuery, string][])
		query[field] = params.get(name) ?? '';
	return { query, sort: params.get('sort') ?? '' };
}

export type SortKey = 'metric' | 'year' | 'value' | 'kind' | 'status';
export interface Sort {
	key: SortKey;
	ascending: boolean;
}

/**
 * Every word of the text must appear in the row (case and width aside), itself or a word it
 * widens to (see synonyms.ts): 学校 finds 幼儿园, Xiaoli finds 孝里.
 */
export function matches(row: DeskRow, query: DeskQuery, words: readonly WordGroup[] = []): boolean {
	if (query.category && row.category !== query.category) return false;
	if (query.year && String(row.year) !== query.year) return false;
	if (query.kind && row.kind !== query.kind) return false;
	if (query.source && row.source !== query.source) return false;
	const asked = fold(query.text).split(/\s+/u).filter(Boolean);
	if (asked.length === 0) return true;
	const haystack = fold(`${row.metric_zh} ${row.metric_en} ${row.id} ${row.excerpt}`);
	return asked.every((w) => alternatives(w, words).some((a) => haystack.includes(a)));
}

/** A folded query word and what it finds through every group that widens it. */
function alternatives(word: string, groups: readonly WordGroup[]): string[] {
	const found = [word];
	for (const group of groups)
		if (group.asked.some((w) => fold(w) === word)) found.push(...group.finds.map(fold));
	return found;
}

/** Lower case and NFKC, so "ＧＤＰ" finds "GDP" and full-width digits find half-width ones. */
function fold(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

const collators = new Map<Locale, Intl.Collator>();
/** The locale's alphabetical order, made once: a sort compares thousands of pairs. */
function collator(locale: Locale): Intl.Collator {
	let c = collators.get(locale);
	if (!c) {
		c = new Intl.Collator(LANG_TAG[locale]);
		collators.set(locale, c);
	}
	return c;
}

const STATUS_ORDER = { achieved: 0, 'on-track': 1, behind: 2, missed: 3, 'no-data': 4 } as const;
const KIND_ORDER = { baseline: 0, actual: 1, estimate: 2, target: 3, plan: 4 } as const;

/** How two rows compare under a sort; metric names in the order and language of `locale`. */
export function compareRows(a: DeskRow, b: DeskRow, sort: Sort, locale: Locale): number {
	const sign = sort.ascending ? 1 : -1;
	let order = 0;
	switch (sort.key) {
		case 'metric':
			order = collator(locale).compare(metricName(a, locale), metricName(b, locale));
			break;
		case 'year':
			order = a.year - b.year;
			break;
		case 'value':
			order = a.value - b.value;
			break;
		case 'kind':
			order = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
			break;
		case 'status':
			order = (a.status ? STATUS_ORDER[a.status] : 9) - (b.status ? STATUS_ORDER[b.status] : 9);
			break;
	}
	// ties keep the dataset's order, so a sort never shuffles equal rows
	return sign * order;
}

/** The rows a query shows, in the order a sort puts them (by metric: in `locale`'s names). */
export function applyQuery(
	rows: readonly DeskRow[],
	query: DeskQuery,
	sort?: Sort,
	locale: Locale = 'zh',
	words: readonly WordGroup[] = []
): DeskRow[] {
	const shown = rows.filter((r) => matches(r, query, words));
	return sort
		? shown
				.map((r, i) => [r, i] as const)
				.sort(([a, i], [b, j]) => compareRows(a, b, sort, locale) || i - j)
				.map(([r]) => r)
		: shown;
}

/**
 * Whether an address's value names one of `choices`: an own key, so that `__proto__`,
 * `constructor` or `toString` name nothing.
 */
export const isChoice = (choices: object, asked: string): boolean => Object.hasOwn(choices, asked);
