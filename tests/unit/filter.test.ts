import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyQuery, EMPTY_QUERY, matches } from '../../src/lib/desk/filter';
import { deskView, type DeskRow } from '../../src/lib/desk/view';
import { loadDataset } from '../../src/lib/server/dataset';

const row = (over: Partial<DeskRow> & Pick<DeskRow, 'id'>): DeskRow => ({
	metric_zh: '地区生产总值',
	metric_en: 'GDP',
	category: 'economy',
	year: 2020,
	kind: 'baseline',
	measure: 'level',
	scope: 'changqing',
	source: 'plan',
	value: 338.8,
	unit: '亿元',
	excerpt: '实现地区生产总值338.8亿元',
	conflicts: [],
	notes: [],
	...over
});

const ROWS = [
	row({ id: 'gdp-2020' }),
	row({ id: 'gdp-2023', year: 2023, kind: 'actual', value: 400, source: 'report' }),
	row({
		id: 'rev-2025',
		metric_zh: '一般公共预算收入',
		metric_en: 'Budget revenue',
		category: 'fiscal',
		year: 2025,
		kind: 'target',
		value: 40.9,
		excerpt: '收入40.9亿元',
		status: 'behind'
	}),
	row({
		id: 'rev-2020',
		metric_zh: '一般公共预算收入',
		metric_en: 'Budget revenue',
		category: 'fiscal',
		value: 26.6,
		excerpt: '收入26.6亿元'
	})
];

describe('matches', () => {
	it('finds every word of the search in the metric, id or excerpt', () => {
		expect(applyQuery(ROWS, { ...EMPTY_QUERY, text: '收入' }).map((r) => r.id)).toEqual([
			'rev-2025',
			'rev-2020'
		]);
		expect(applyQuery(ROWS, { ...EMPTY_QUERY, text: 'budget 2025' }).map((r) => r.id)).toEqual([
			'rev-2025'
		]);
	});

	it('ignores case and full-width letters', () => {
		expect(matches(ROWS[0]!, { ...EMPTY_QUERY, text: 'ｇｄｐ' })).toBe(true);
	});

	it('combines filters: category, year, kind and source must all hold', () => {
		expect(
			applyQuery(ROWS, { ...EMPTY_QUERY, category: 'economy', year: '2023' }).map((r) => r.id)
		).toEqual(['gdp-2023']);
		expect(
			applyQuery(ROWS, { ...EMPTY_QUERY, kind: 'target', source: 'plan' }).map((r) => r.id)
		).toEqual(['rev-2025']);
		expect(applyQuery(ROWS, { ...EMPTY_QUERY, kind: 'plan' })).toEqual([]);
	});

	it('shows everything for an empty query', () => {
		expect(applyQuery(ROWS, EMPTY_QUERY)).toHaveLength(ROWS.length);
	});
});

describe('the search, on the real dataset, finds what a resident means', () => {
	const dataset = loadDataset(resolve(import.meta.dirname, '../..'));
	const view = deskView(dataset);
	const find = (text: string, words = view.words) =>
		applyQuery(view.rows, { ...EMPTY_QUERY, text }, undefined, 'zh', words);
	const says = (r: DeskRow, word: string) =>
		`${r.metric_zh} ${r.metric_en} ${r.excerpt}`.toLowerCase().includes(word);

	it('学校 finds the kindergartens and primary schools the plan names without the word', () => {
		const plain = find('学校', []);
		const found = find('学校');
		expect(found.length).toBeGreaterThan(plain.length);
		expect(found.some((r) => says(r, '幼儿园') && !says(r, '学校'))).toBe(true);
		expect(find('school').length).toBe(found.length);
	});

	it('医院 finds the township health centres (卫生院)', () => {
		expect(find('医院').some((r) => says(r, '卫生院'))).toBe(true);
	});

	it('a town’s name in pinyin finds the figures whose excerpt names it in Chinese', () => {
		const places = [...dataset.zones, ...dataset.towns];
		const short = (zh: string) => zh.replace(/(街道|镇|片区)$/u, '');
		const named = places.filter((p) => find(short(p.zh), []).length > 0);
		expect(named.length).toBeGreaterThan(0);
		for (const place of named) {
			const pinyin = place.en.split(' ')[0]!;
			const found = find(pinyin);
			expect(found.length, place.zh).toBeGreaterThan(0);
			expect(found.map((r) => r.id)).toEqual(find(short(place.zh)).map((r) => r.id));
		}
	});

	it('a narrower word finds only itself, and every word of a query must match', () => {
		expect(find('卫生院').every((r) => says(r, '卫生院'))).toBe(true);
		expect(find('幼儿园').every((r) => says(r, '幼儿园'))).toBe(true);
		expect(find('学校 孝里').length).toBeLessThan(find('学校').length);
	});
});

describe('applyQuery sorting', () => {
	it('sorts by value, and keeps the dataset order among equals', () => {
		expect(
			applyQuery(ROWS, EMPTY_QUERY, { key: 'value', ascending: false }).map((r) => r.id)
		).toEqual(['gdp-2023', 'gdp-2020', 'rev-2025', 'rev-2020']);
		expect(
			applyQuery(ROWS, EMPTY_QUERY, { key: 'year', ascending: true }).map((r) => r.id)
		).toEqual(['gdp-2020', 'rev-2020', 'gdp-2023', 'rev-2025']);
	});

	it('sorts metric names in the alphabetical order of the page’s language', () => {
		const byMetric = { key: 'metric', ascending: true } as const;
		// 地 (dì) before 一 (yī) in pinyin order; "Budget" before "GDP" in English
		expect(applyQuery(ROWS, EMPTY_QUERY, byMetric, 'zh').map((r) => r.id)).toEqual([
			'gdp-2020',
			'gdp-2023',
			'rev-2025',
			'rev-2020'
		]);
		expect(applyQuery(ROWS, EMPTY_QUERY, byMetric, 'en').map((r) => r.id)).toEqual([
			'rev-2025',
			'rev-2020',
			'gdp-2020',
			'gdp-2023'
		]);
	});

	it('puts rows without a status last when sorting by status', () => {
		expect(applyQuery(ROWS, EMPTY_QUERY, { key: 'status', ascending: true })[0]!.id).toBe(
			'rev-2025'
		);
	});
});
