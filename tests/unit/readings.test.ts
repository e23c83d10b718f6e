/**
 * What a figure's tip adds to its excerpt: a row of the plan's table read under the table's own
 * column heads, and a conflict in one sentence. Built from the dataset for the page's figures.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/data/parse';
import { conflictsFor, rowsFor } from '../../src/lib/i18n/lexicon';
import { readDataFiles } from '../../src/lib/server/dataset';

const data = parseDataset(readDataFiles(resolve(import.meta.dirname, '../..')));
const row = (no: number) => data.plan.indicators.find((r) => r.no === no)!;
/** A page that shows one figure, cited by the row's excerpt. */
const page = (no: number) => ({ figure: { id: row(no).target, excerpt: row(no).excerpt } });

describe('a row of the plan’s table, read cell by cell', () => {
	it('gives row 5 its name, 2020 figure, 2025 target, growth and nature', () => {
		const [reading] = Object.values(rowsFor(data, 'zh', page(5)));
		expect(reading).toEqual({
			no: 5,
			name: '一般公共预算收入',
			baseline: { value: 26.6, unit: '亿元' },
			target: { value: 40.9, unit: '亿元' },
			growth: { value: 9, unit: '' },
			binding: false
		});
		// a growth cell the table prints as ">7" is more than 7, never 7
		const [urban] = Object.values(rowsFor(data, 'zh', page(18)));
		expect(row(18).excerpt).toMatch(/ >7$/u);
		expect(urban!.growth).toEqual({ value: 7, unit: '', qualifier: '>' });
		// in English, the name as the plan table's English rendering
		expect(Object.values(rowsFor(data, 'en', page(5)))[0]!.name).toBe(row(5).name_en);
	});

	it('gives the table’s words where it has no 2025 number', () => {
		const reading = rowsFor(data, 'zh', page(14))[row(14).excerpt]!;
		expect(reading.target).toBe('完成市下达任务');
		expect(reading.binding).toBe(true);
	});

	it('reads the whole row for a figure that cites only its first cells', () => {
		const first = row(24).excerpt.split(' ').slice(0, 4).join(' ');
		expect(first).toBe('24 耕地保有量 万亩 67.7');
		const reading = rowsFor(data, 'zh', { figure: { excerpt: first } })[first]!;
		expect(reading).toMatchObject({ no: 24, target: '完成市下达任务', binding: true });
		// a cell's text that merely begins another row's is not that row
		expect(rowsFor(data, 'zh', { figure: { excerpt: '2' } })).toEqual({});
	});

	it('reads only the rows a page shows', () => {
		expect(Object.keys(rowsFor(data, 'zh', page(5)))).toEqual([row(5).excerpt]);
		expect(rowsFor(data, 'zh', { figure: { excerpt: '不是表格里的一行' } })).toEqual({});
	});
});

describe('a conflict in one sentence', () => {
	it('is sent for the conflicts a page’s figures name, in its language', () => {
		const figures = [{ id: 'grain-capacity-2025-target', conflicts: ['grain-capacity'] }];
		expect(conflictsFor(data, 'zh', figures)).toEqual({
			'grain-capacity': data.conflicts.find((c) => c.id === 'grain-capacity')!.summary_zh
		});
		expect(conflictsFor(data, 'en', { notes: ['good-air-days'] })['good-air-days']).toMatch(
			/^The plan counts good-air days as a share/u
		);
		expect(conflictsFor(data, 'zh', { id: 'x' })).toEqual({});
	});

	it('says what its note says, in fewer words: every number in a summary is in its note', () => {
		for (const c of data.conflicts)
			for (const [summary, note] of [
				[c.summary_zh, c.note_zh],
				[c.summary_en, c.note_en]
			] as const)
				for (const n of summary.match(/\d[\d,.]*\d|\d/gu) ?? [])
					expect(note, `${c.id}: ${n} in "${summary}"`).toContain(n);
	});
});
