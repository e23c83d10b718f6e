import { describe, expect, it } from 'vitest';
import {
	chineseNumeral,
	excerptContains,
	excerptInSource,
	normaliseExcerpt
} from '../../src/lib/data/excerpt';

describe('excerptContains', () => {
	it.each([
		['完成一般公共预算收入 30.24 亿元', 30.24],
		['5 一般公共预算收入 亿元 26.6 40.9 9', 9],
		['20 新增城镇就业 人 [19118 ] [16000 ]', 19118],
		['全区共有十个街镇', 10],
		['签约项目两个', 2],
		['下降 5%', -5],
		['增长 10.0%', 10],
		['共计 1,234 人', 1234],
		['打造百亿级产业集群', 100],
		['3天半的时间,39个高品质重点项目', 39]
	])('finds the number in "%s"', (excerpt, value) => {
		expect(excerptContains(excerpt, value)).toBe(true);
	});

	it.each([
		['地区生产总值 40.9 亿元', 9],
		['地区生产总值 40.9 亿元', 40],
		['共 140 个', 40],
		['全区共有十五个街镇', 10],
		['增长 29.2%', 2],
		['共计 1,234 人', 234]
	])('does not take part of a number in "%s" for %f', (excerpt, value) => {
		expect(excerptContains(excerpt, value)).toBe(false);
	});
});

describe('excerptInSource', () => {
	const source = '年，实现地区生产总值 338.8 亿元，一般公共预算收入达\n\n到 26.6 亿元。';

	it('matches across line breaks and spaces', () => {
		expect(excerptInSource('一般公共预算收入达到26.6亿元', source)).toBe(true);
	});

	it('rejects words that are not in the source', () => {
		expect(excerptInSource('一般公共预算收入达到 26.7 亿元', source)).toBe(false);
		expect(excerptInSource('  ', source)).toBe(false);
	});
});

describe('chineseNumeral', () => {
	it.each([
		[0, '零'],
		[4, '四'],
		[10, '十'],
		[15, '十五'],
		[25, '二十五'],
		[105, '一百零五'],
		[2035, '二千零三十五']
	])('writes %i as %s', (n, text) => {
		expect(chineseNumeral(n)).toBe(text);
	});
});

describe('normaliseExcerpt', () => {
	it('folds whitespace runs into one space', () => {
		expect(normaliseExcerpt(' 一般公共预算收入\n\n 亿元  26.6 ')).toBe(
			'一般公共预算收入 亿元 26.6'
		);
	});
});
