/** Story copy: tokens become cited figures or numbers derived from them; nothing is typed. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/data/parse';
import { createFormat } from '../../src/lib/format/format';
import { readDataFiles } from '../../src/lib/server/dataset';
import { resolveText, type Segment } from '../../src/lib/story/copy';

const data = parseDataset(readDataFiles(resolve(import.meta.dirname, '../..')));
const fmt = createFormat('zh');
/** The paragraph as a Chinese reader sees it. */
const text = (segments: Segment[]) =>
	segments
		.map((s) =>
			s.kind === 'text'
				? s.text
				: s.kind === 'figure'
					? fmt.quantity(s.figure)
					: s.how === 'ratio'
						? fmt.number(s.value, 2)
						: fmt.percent(s.value)
		)
		.join('');

describe('resolveText', () => {
	it('replaces a figure token with the figure as a reader sees it, citing its source', () => {
		const segments = resolveText(data, '2020年GDP为{fig:gdp-2020-baseline}。', 'test');
		expect(text(segments)).toBe('2020年GDP为338.8亿元。');
		const figure = segments.find((s) => s.kind === 'figure');
		expect(figure?.kind === 'figure' && figure.figure.excerpt).toContain('338.8');
	});

	it('writes the yearly growth between two figures: 26.6 → 40.9亿元 over 2020–2025 is 9.0%', () => {
		const segments = resolveText(
			data,
			'{cagr:budget-revenue-2020-baseline:budget-revenue-2025-target}',
			'test'
		);
		expect(text(segments)).toBe('9.0%');
		expect(segments[0]?.kind === 'derived' && segments[0].figures.map((f) => f.id)).toEqual([
			'budget-revenue-2020-baseline',
			'budget-revenue-2025-target'
		]);
	});

	it('writes the growth still needed: 30.24亿元 in 2023 needs 16.3% a year to reach 40.9 in 2025', () => {
		const segments = resolveText(
			data,
			'{needed:budget-revenue-2023-actual:budget-revenue-2025-target}',
			'test'
		);
		expect(text(segments)).toBe('16.3%');
	});

	it('writes a ratio with two decimals: urban over rural income in 2020 is 2.13', () => {
		const segments = resolveText(
			data,
			'{ratio:urban-income-2020-baseline:rural-income-2020-baseline}',
			'test'
		);
		expect(text(segments)).toBe('2.13');
	});

	it.each([
		['{fig:no-such-figure}', 'the figure "no-such-figure", which no file in data/figures/ has'],
		['{cagr:gdp-2020-baseline}', 'needs two figure ids'],
		['{cagr:gdp-2020-baseline:budget-revenue-growth-2023-actual}', 'the units differ'],
		['{size:gdp-2020-baseline}', 'has a token this copy does not understand'],
		['{fig:gdp-2020-baseline', 'has a token this copy does not understand']
	])('fails the build on "%s", saying where and why', (copy, message) => {
		expect(() => resolveText(data, copy, 'Chapter "x"')).toThrow(message);
		expect(() => resolveText(data, copy, 'Chapter "x"')).toThrow('Chapter "x"');
	});
});
