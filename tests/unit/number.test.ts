import { describe, expect, it } from 'vitest';
import {
	formatCompact,
	formatDate,
	formatGrowth,
	formatPercent,
	formatNumber,
	formatQuantity
} from '../../src/lib/format/number';
import { createFormat } from '../../src/lib/format/format';

describe('formatNumber', () => {
	it.each([
		[338.8, '338.8'],
		[30.24, '30.24'],
		[43578, '43,578'],
		[10, '10'],
		[0.5, '0.5']
	])('writes %f as %s, keeping the decimals the source gave', (value, text) => {
		expect(formatNumber(value)).toBe(text);
	});
});

describe('formatCompact', () => {
	it.each([
		[19118, '1.91万'],
		[670000, '67万'],
		[338_800_000, '3.39亿'],
		[9999, '9,999']
	])('writes %f the Chinese way as %s', (value, text) => {
		expect(formatCompact(value)).toBe(text);
	});

	it('writes English with K and M', () => {
		expect(formatCompact(19118, 'en')).toBe('19.1K');
	});
});

describe('formatPercent', () => {
	it('writes a share with one decimal unless asked for more', () => {
		expect(formatPercent(16.345)).toBe('16.3%');
		expect(formatPercent(9)).toBe('9.0%');
		expect(formatPercent(0.012, 2)).toBe('0.01%');
	});
});

describe('formatGrowth', () => {
	it.each([
		[29.2, '+29.2%'],
		[-5, '−5%'],
		[0, '0%']
	])('writes a growth of %f as %s', (value, text) => {
		expect(formatGrowth(value)).toBe(text);
	});
});

describe('formatQuantity', () => {
	it('puts a Chinese unit straight after the number', () => {
		expect(formatQuantity({ value: 338.8 }, '亿元')).toBe('338.8亿元');
	});

	it('writes a qualifier as a word before the number', () => {
		expect(formatQuantity({ value: 50, qualifier: '>' }, '%')).toBe('超过50%');
		expect(formatQuantity({ value: 80, qualifier: '>=' }, 'years', 'en')).toBe('at least 80 years');
	});

	it('writes a range with an en dash', () => {
		expect(formatQuantity({ value: 4, max: 5 }, '%')).toBe('4–5%');
	});
});

describe('formatQuantity in English', () => {
	it.each([
		[{ value: 338.8 }, '亿元', 'CNY\u00a033.88 billion'],
		[{ value: 150 }, '亿元', 'CNY\u00a015 billion'],
		[{ value: 30.24 }, '亿元', 'CNY\u00a03.024 billion'],
		[{ value: 1.2 }, '亿元', 'CNY\u00a0120 million'],
		[{ value: 43578 }, '元', 'CNY\u00a043,578'],
		[{ value: 59.55 }, '万人', '595,500 people'],
		[{ value: 26.89 }, '万吨', '268,900 tonnes'],
		[{ value: 4, max: 5 }, '%', '4–5%'],
		[{ value: 50, qualifier: '>' as const }, '%', 'over 50%']
	])('writes %o %s as "%s", multiplying out 万 and 亿', (q, unit, text) => {
		expect(formatQuantity(q, unit, 'en', unit)).toBe(text);
	});

	it('uses the English unit name for units it does not scale', () => {
		expect(formatQuantity({ value: 9.83 }, '1/10万', 'en', 'per 100,000')).toBe('9.83 per 100,000');
	});
});

describe('formatQuantity in Chinese', () => {
	it('reads a per-100,000 rate as 7/10万, not 71/10万', () => {
		expect(formatQuantity({ value: 7 }, '1/10万')).toBe('7/10万');
		expect(formatQuantity({ value: 9.83 }, '1/10万')).toBe('9.83/10万');
	});

	it('does not write "per 1,000 people" twice: 每千人口执业医师2.69人', () => {
		expect(formatQuantity({ value: 2.69 }, '人/千人')).toBe('2.69人');
		expect(formatQuantity({ value: 2.69 }, '人/千人', 'en', 'per 1,000 people')).toBe(
			'2.69 per 1,000 people'
		);
	});

	it('writes 59.55万人 as the sources do', () => {
		expect(formatQuantity({ value: 59.55 }, '万人')).toBe('59.55万人');
	});

	it.each([
		[{ value: 26.9, qualifier: '>=' as const }, '万吨', '26.9万吨以上'],
		[{ value: 9.3, qualifier: '<=' as const }, '1/10万', '9.3/10万以下'],
		[{ value: 95, qualifier: '>=' as const }, '%', '95%以上'],
		[{ value: 350, qualifier: '>' as const }, '家', '超过350家'],
		[{ value: 20, qualifier: 'nearly' as const }, '万人', '近20万人'],
		[{ value: 3, qualifier: 'about' as const }, '%', '约3%']
	])('puts the qualifier where the sources do: %o %s reads "%s"', (q, unit, text) => {
		expect(formatQuantity(q, unit)).toBe(text);
	});

	it('keeps a unit after any number, with or without a qualifier, in both languages', () => {
		for (const value of [7, 9.83, 14.6, 204.27]) {
			expect(formatQuantity({ value }, '1/10万')).toMatch(/^[\d.]+\/10万$/u);
			expect(formatQuantity({ value, qualifier: '<=' }, '1/10万')).toMatch(/^[\d.]+\/10万以下$/u);
			expect(formatQuantity({ value }, '1/10万', 'en', 'per 100,000')).toMatch(
				/^[\d.]+ per 100,000$/u
			);
		}
	});
});

describe('formatQuantity with a sign for a unit', () => {
	it('writes % after the number in both languages, and ‰ in Chinese alone: English spells it out', () => {
		expect(formatQuantity({ value: 50 }, '%', 'en', '%')).toBe('50%');
		expect(formatQuantity({ value: 2.5 }, '‰', 'zh', '‰')).toBe('2.5‰');
		expect(formatQuantity({ value: 2.5 }, '‰', 'en', 'per 1,000')).toBe('2.5 per 1,000');
	});
});

describe('one figure in both languages, checked by hand', () => {
	const zh = createFormat('zh', { 亿元: 'CNY 100 million', 万人: '10,000 people', '%': '%' });
	const en = createFormat('en', {
		亿元: 'CNY 100 million',
		万人: '10,000 people',
		'%': '%',
		个百分点: 'percentage points'
	});
	it.each([
		[{ value: 338.8, unit: '亿元' }, '338.8亿元', 'CNY\u00a033.88 billion'],
		[{ value: 59.55, unit: '万人' }, '59.55万人', '595,500 people'],
		[{ value: 30.24, unit: '亿元' }, '30.24亿元', 'CNY\u00a03.024 billion'],
		[{ value: 39.27, unit: '%' }, '39.27%', '39.27%'],
		[{ value: 2, unit: '个百分点' }, '2个百分点', '2 percentage points']
	])('writes %o as "%s" and "%s"', (q, inZh, inEn) => {
		expect(zh.quantity(q)).toBe(inZh);
		expect(en.quantity(q)).toBe(inEn);
	});

	it('keeps a percentage and percentage points apart', () => {
		expect(en.quantity({ value: 2, unit: '%' })).toBe('2%');
		expect(en.quantity({ value: 2, unit: '个百分点' })).not.toContain('%');
	});

	it.each([
		['2024-01-17', '2024年1月17日', '17 January 2024'],
		['2021-10', '2021年10月', 'October 2021'],
		['2025', '2025年', '2025']
	])('writes the date %s as "%s" and "%s"', (iso, inZh, inEn) => {
		expect(formatDate(iso, 'zh')).toBe(inZh);
		expect(formatDate(iso, 'en')).toBe(inEn);
	});
});
