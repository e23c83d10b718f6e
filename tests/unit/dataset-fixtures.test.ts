/**
 * Broken data must fail with a message that names the file, the record, the field and what
 * was expected. Each fixture in tests/fixtures/broken/ breaks one thing in an otherwise valid
 * dataset (tests/fixtures/valid/).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset } from '../../src/lib/data/parse';
import { readDataFiles } from '../../src/lib/server/dataset';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const valid = () => readDataFiles(resolve(FIXTURES, 'valid'));

function problemsWith(fixture: string, replaces = 'data/figures/broken.yaml'): string {
	const files = valid();
	files[replaces] = readFileSync(resolve(FIXTURES, 'broken', `${fixture}.yaml`), 'utf8');
	try {
		parseDataset(files);
	} catch (error) {
		expect(error).toBeInstanceOf(DatasetError);
		return (error as DatasetError).message;
	}
	throw new Error(`the fixture ${fixture} was accepted`);
}

const F = 'data/figures/broken.yaml';
const record = (line: number, field: string) =>
	`${F}:${line} · record "broken-gdp" · field "${field}"`;

describe('the valid fixture dataset', () => {
	it('parses without a problem', () => {
		const data = parseDataset(valid());
		expect(data.figures.map((f) => f.id)).toContain('budget-revenue-2023-actual');
	});
});

describe('a broken data file fails with a message naming file, record, field and expectation', () => {
	const cases: [fixture: string, message: string, replaces?: string][] = [
		[
			'non-numeric-value',
			`${record(11, 'value')} — expected a number (write 338.8, not "338.8亿元"; the unit goes in \`unit\`), got "338.8亿"`
		],
		[
			'growth-as-text',
			`${record(11, 'value')} — expected a number (write 338.8, not "338.8亿元"; the unit goes in \`unit\`), got "7%"`
		],
		[
			'unknown-unit',
			`${record(7, 'unit')} — expected a unit listed in data/units.yaml, got "亿圆"`
		],
		[
			'unknown-category',
			`${record(6, 'category')} — expected a category listed in data/categories.yaml, got "economics"`
		],
		[
			'unknown-kind',
			`${record(9, 'kind')} — expected one of baseline, actual, estimate, target, plan, got "forecast"`
		],
		[
			'missing-source',
			`${F}:2 · record "broken-gdp" · field "source" — is missing: every record here needs it`
		],
		[
			'missing-excerpt',
			`${F}:2 · record "broken-gdp" · field "excerpt" — is missing: every record here needs it`
		],
		[
			'missing-gloss',
			`${F}:2 · record "broken-gdp" · field "excerpt_en" — is missing: every record here needs it`
		],
		[
			'gloss-in-chinese',
			`${record(14, 'excerpt_en')} — expected English, with no Chinese characters`
		],
		['year-out-of-range', `${record(8, 'year')} — expected a year from 2015 to 2035, got 2040`],
		[
			'excerpt-without-value',
			`${record(13, 'excerpt')} — expected the excerpt to contain the value 338.9, got "实现地区生产总值 338.8 亿元"`
		],
		[
			'excerpt-not-in-source',
			`${record(13, 'excerpt')} — expected words found in data/seeds/doc.txt (spaces and line breaks aside), got "实现地区生产总值 339.8 亿元"`
		],
		[
			'unknown-source',
			`${record(12, 'source')} — expected a source id listed in data/sources.yaml, got "no-such-doc"`
		],
		[
			'misspelt-field',
			`${record(11, 'valeu')} — is not a known field (remove it, or check its spelling)`
		],
		[
			'bad-qualifier',
			`${record(12, 'qualifier')} — expected one of > >= < <= about nearly class, got "≈"`
		],
		[
			'bad-id',
			`${F}:2 · record "GDP 2020" · field "id" — expected a kebab-case id (a–z, 0–9 and single hyphens), got "GDP 2020"`
		],
		[
			'duplicate-id',
			`${F}:16 · record "broken-gdp" · field "id" — duplicates the id of a figure in ${F}:2`
		],
		['invalid-yaml', `${F}:4 — is not valid YAML`],
		[
			'conflict-unknown-figure',
			`data/conflicts.yaml:4 · record "revenue-example" · field "figures" — refers to the unknown figure "budget-revenue-2021-actual"`,
			'data/conflicts.yaml'
		],
		[
			'conflict-summary-two-sentences',
			'data/conflicts.yaml:5 · record "revenue-example" · field "summary_zh" — expected one sentence, ending in 。, got "两个数不同。原因不明。"',
			'data/conflicts.yaml'
		],
		[
			'conflict-that-agrees',
			'data/conflicts.yaml:4 · record "revenue-example" · field "figures" — expected figures that disagree, got figures with the same value, unit and year',
			'data/conflicts.yaml'
		],
		[
			'plan-unknown-target',
			`data/plan-indicators.yaml:12 · record "no. 5" · field "target" — refers to the unknown figure "budget-revenue-2025-targett"`,
			'data/plan-indicators.yaml'
		],
		[
			'progress-meaning-in-one-language',
			'data/progress.yaml:1 · record "budget-revenue-2025-target" · field "meaning_en" — expected the meaning in both languages',
			'data/progress.yaml'
		]
	];

	it.each(cases)('%s', (fixture, message, replaces) => {
		expect(problemsWith(fixture, replaces)).toContain(message);
	});
});
