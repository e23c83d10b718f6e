/** The locator map: real district shapes, Changqing among them, and the plan quoted exactly. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POSITION_QUOTE, spec } from '../../../src/lib/charts/locator-map/spec';
import { excerptInSource } from '../../../src/lib/data/excerpt';
import { parseDataset } from '../../../src/lib/data/parse';
import { readDataFiles } from '../../../src/lib/server/dataset';

const files = readDataFiles(resolve(import.meta.dirname, '../../..'));
const data = parseDataset(files);

describe('the locator map', () => {
	const prepared = spec.prepare(data);

	it('draws Jinan’s ten pre-2019 districts and counties, Changqing among them', () => {
		expect(prepared.districts).toHaveLength(10);
		expect(prepared.districts.filter((d) => d.home).map((d) => d.zh)).toEqual(['长清区']);
		expect(prepared.note).toContain('2019');
	});

	it('quotes the plan word for word on where Changqing lies', () => {
		const plan = data.sources.find((s) => s.id === 'plan-14th-2021')!;
		expect(excerptInSource(POSITION_QUOTE, files[`data/seeds/${plan.file}`]!)).toBe(true);
	});

	it('names Changqing in its description only once it is picked out', () => {
		expect(spec.describe(prepared, spec.states.final)).toContain('长清区位于');
		expect(spec.describe(prepared, spec.states.city!)).not.toContain('长清区位于');
	});
});
