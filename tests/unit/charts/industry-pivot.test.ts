/** The industry pivot's rows on a phone: a heading's row is shorter, the rest share the height. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	HEADING_ROW,
	rowHeight,
	rowTops,
	rowWeights,
	TIGHT_HEADING_ROW,
	WRITTEN_ROW
} from '../../../src/lib/charts/industry-pivot/layout';
import { spec } from '../../../src/lib/charts/industry-pivot/spec';
import { parseDataset } from '../../../src/lib/data/parse';
import { readDataFiles } from '../../../src/lib/server/dataset';

const data = spec.prepare(parseDataset(readDataFiles(resolve(import.meta.dirname, '../../..'))));

describe('the industry pivot’s rows', () => {
	it('are all whole side by side, where a row holds a heading of one system and an industry of the other', () => {
		expect(rowWeights(data, data.rows)).toEqual(Array(data.rows).fill(1));
	});

	it('give a phone’s heading rows of the system shown a little over half a row, and every industry a whole one', () => {
		for (const system of ['before', 'after'] as const) {
			const weights = rowWeights(data, data.rows, system);
			const headings = data.headings.filter((h) => h.system === system).map((h) => h.row);
			expect(headings.length).toBeGreaterThan(1);
			weights.forEach((w, r) => expect(w).toBe(headings.includes(r) ? HEADING_ROW : 1));
			for (const i of data.industries.filter((i) => i.system === system))
				expect(weights[i.row]).toBe(1);
		}
	});

	it('give a phone’s rows whose targets are written out a little more than a whole row, and only on a phone', () => {
		const row = data.industries.find((i) => i.system === 'before')!.row;
		const weights = rowWeights(data, data.rows, 'before', new Set([row]));
		expect(weights[row]).toBe(WRITTEN_ROW);
		expect(weights.filter((w) => w === WRITTEN_ROW)).toHaveLength(1);
		expect(rowWeights(data, data.rows, undefined, new Set([row]))[row]).toBe(1);
	});

	it('give an English phone’s heading rows the tighter share it asks for, and its industries whole rows still', () => {
		const weights = rowWeights(data, data.rows, 'before', new Set(), TIGHT_HEADING_ROW);
		const headings = data.headings.filter((h) => h.system === 'before').map((h) => h.row);
		weights.forEach((w, r) => expect(w).toBe(headings.includes(r) ? TIGHT_HEADING_ROW : 1));
		expect(TIGHT_HEADING_ROW).toBeLessThan(HEADING_ROW);
	});

	it('lay the rows end to end from 0 to 100%, each as tall as its weight', () => {
		const weights = [HEADING_ROW, 1, 1, HEADING_ROW, 1];
		const tops = rowTops(weights);
		expect(tops[0]).toBe(0);
		expect(tops.at(-1)).toBeCloseTo(100);
		const y = (row: number) => tops[row]!;
		expect(rowHeight(y, 1) / rowHeight(y, 0)).toBeCloseTo(1 / HEADING_ROW);
		expect(rowHeight(y, 1)).toBeCloseTo(rowHeight(y, 2));
	});
});
