/**
 * The downloads a journalist takes away: the CSV opens in Excel with its Chinese intact (a
 * byte-order mark), and both exports hold every figure of the dataset with its excerpt.
 */
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportRows } from '../../src/lib/data/export';
import { parseCsv } from '../csv';
import { baseURL } from './browser';
import { dataset } from './dataset';

const expected = exportRows(dataset);

describe('/data/indicators.csv', () => {
	it('is UTF-8 with a byte-order mark and holds every figure, column for column', async () => {
		const response = await fetch(`${baseURL()}/data/indicators.csv`);
		expect(response.status).toBe(200);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = parseCsv(
			new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)
		);
		expect(header).toEqual([...EXPORT_COLUMNS]);
		expect(rows).toHaveLength(dataset.figures.length);
		rows.forEach((cells, i) => {
			const row = expected[i]!;
			expect(cells).toEqual(EXPORT_COLUMNS.map((c) => String(row[c])));
			expect(Number(cells[7])).toBe(row.value);
		});
	});
});

describe('/data/indicators.json', () => {
	it('holds every figure with exactly the contract keys', async () => {
		const response = await fetch(`${baseURL()}/data/indicators.json`);
		expect(response.status).toBe(200);
		const rows = (await response.json()) as Record<string, unknown>[];
		expect(rows).toEqual(expected);
		for (const row of rows) {
			expect(Object.keys(row)).toEqual([...EXPORT_COLUMNS]);
			expect(typeof row.value).toBe('number');
			expect(String(row.excerpt).length).toBeGreaterThan(0);
		}
	});
});
