/**
 * Hostile values in a data file: each is refused with a message naming the file, the record
 * and the field, or, if it is merely odd text, accepted as text. Nothing crashes the parser
 * with anything but a DatasetError.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset } from '../../src/lib/data/parse';
import { readDataFiles } from '../../src/lib/server/dataset';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** A valid figure with one field replaced by raw YAML text. */
function figureWith(field: string, yaml: string): string {
	const fields: Record<string, string> = {
		id: 'hostile-gdp',
		series: 'gdp',
		metric_zh: '地区生产总值',
		metric_en: 'Gross domestic product',
		category: 'economy',
		unit: '亿元',
		year: '2020',
		kind: 'baseline',
		measure: 'level',
		value: '338.8',
		source: 'test-doc',
		excerpt: '实现地区生产总值 338.8 亿元',
		excerpt_en: 'gross domestic product reached 33.88 billion yuan'
	};
	fields[field] = yaml;
	return (
		'- ' +
		Object.entries(fields)
			.map(([k, v]) => `${k}: ${v}`)
			.join('\n  ') +
		'\n'
	);
}

function parseWith(field: string, yaml: string) {
	const files = readDataFiles(resolve(FIXTURES, 'valid'));
	files['data/figures/hostile.yaml'] = figureWith(field, yaml);
	return parseDataset(files);
}

const LONG = 'x'.repeat(100_000);

describe('hostile values in data files', () => {
	it.each([
		['value', '.nan', 'value'],
		['value', '.inf', 'value'],
		['value', '-.inf', 'value'],
		['value', '1e400', 'value'],
		['value', '-338.8', 'value'],
		['value', '"338.8"', 'value'],
		['value', '[338.8]', 'value'],
		['value', '{ a: 1 }', 'value'],
		['year', '-2020', 'year'],
		['year', '2020.5', 'year'],
		['year', '99999999999999999999', 'year'],
		['id', '"<script>alert(1)</script>"', 'id'],
		['id', `"${LONG}"`, 'id'],
		['id', '"gdp\u202e2020"', 'id'],
		['id', '"gdp\u200b2020"', 'id'],
		['excerpt', '"<img src=x onerror=alert(1)> 338.8"', 'excerpt'],
		['excerpt', `"${LONG} 338.8"`, 'excerpt'],
		['source', '"../../etc/passwd"', 'source'],
		['unit', '"亿元<script>"', 'unit'],
		['kind', '"__proto__"', 'kind']
	])('refuses a hostile %s, naming the field', (field, yaml, named) => {
		let error: unknown;
		try {
			parseWith(field, yaml);
		} catch (e) {
			error = e;
		}
		expect(error, `${field}: ${yaml.slice(0, 40)} was accepted`).toBeInstanceOf(DatasetError);
		const message = (error as DatasetError).message;
		expect(message).toContain('data/figures/hostile.yaml');
		expect(message).toContain(`field "${named}"`);
		// the message quotes what it got, but never at a length that buries the point
		expect(message.length).toBeLessThan(2000);
	});

	it('keeps markup in a name as plain text, for the pages to escape', () => {
		const data = parseWith('metric_zh', '"<script>alert(1)</script>地区生产总值"');
		expect(data.figures.find((f) => f.id === 'hostile-gdp')?.metric_zh).toBe(
			'<script>alert(1)</script>地区生产总值'
		);
	});

	it('refuses a YAML alias bomb without hanging', () => {
		const files = readDataFiles(resolve(FIXTURES, 'valid'));
		const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
		for (let i = 0; i < 12; i++) {
			const prev = String.fromCharCode(97 + i);
			const next = String.fromCharCode(98 + i);
			lines.push(
				`${next}: &${next} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`
			);
		}
		files['data/figures/hostile.yaml'] = lines.join('\n');
		expect(() => parseDataset(files)).toThrow(DatasetError);
	});
});
