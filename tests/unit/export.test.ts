import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportRows, toCsv, toJson } from '../../src/lib/data/export';
import { parseDataset } from '../../src/lib/data/parse';
import type { Figure } from '../../src/lib/data/schema';
import { readDataFiles } from '../../src/lib/server/dataset';
import { parseCsv } from '../csv';

const data = parseDataset(readDataFiles(resolve(import.meta.dirname, '../fixtures/valid')));

describe('exportRows', () => {
	it('has one row per figure, with exactly the contract columns', () => {
		const rows = exportRows(data);
		expect(rows).toHaveLength(data.figures.length);
		for (const row of rows) expect(Object.keys(row)).toEqual([...EXPORT_COLUMNS]);
	});

	it('names the source by its document title and folds the excerpt whitespace', () => {
		const row = exportRows(data).find((r) => r.id === 'budget-revenue-2025-target')!;
		expect(row.source).toBe('测试文件');
		expect(row.excerpt).toBe('到 2025 年，一般公共预算收入达到 40.9 亿元');
		expect(row.qualifier).toBe('');
	});

	it('exports a range as its lower bound with >=', () => {
		const range: Figure = { ...data.figures[0]!, id: 'range', value: 4, max: 5 };
		const [row] = exportRows({ sources: data.sources, figures: [range] });
		expect(row).toMatchObject({ value: 4, qualifier: '>=' });
	});
});

describe('toCsv', () => {
	it('starts with a byte-order mark and a header, and reads back to the same rows', () => {
		const rows = exportRows(data);
		const csv = toCsv(rows);
		expect(
			csv.startsWith(
				'\uFEFFid,metric_zh,metric_en,category,unit,year,kind,value,qualifier,source,excerpt\r\n'
			)
		).toBe(true);
		const [header, ...body] = parseCsv(csv.slice(1));
		expect(header).toEqual([...EXPORT_COLUMNS]);
		expect(body).toHaveLength(rows.length);
		body.forEach((cells, i) =>
			expect(cells).toEqual(EXPORT_COLUMNS.map((c) => String(rows[i]![c])))
		);
	});

	it('quotes fields holding commas and quotes', () => {
		const [row] = exportRows(data);
		const csv = toCsv([{ ...row!, excerpt: '他说，“增长 "9%"”, 是' }]);
		expect(parseCsv(csv.slice(1))[1]!.at(-1)).toBe('他说，“增长 "9%"”, 是');
	});
});

describe('toJson', () => {
	it('reads back to the same rows', () => {
		const rows = exportRows(data);
		expect(JSON.parse(toJson(rows))).toEqual(rows);
	});
});
