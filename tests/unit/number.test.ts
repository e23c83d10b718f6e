import { describe, expect, it } from 'vitest';
import {
	formatCompact,
	formatGrowth,
	formatPercent,
	formatNumber,
	formatQuantity
} from '../../src/lib/format/number';

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
