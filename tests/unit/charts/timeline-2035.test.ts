/** The 2035 timeline quotes its sources word for word. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUOTED } from '../../../src/lib/charts/timeline-2035/spec';
import { excerptInSource } from '../../../src/lib/data/excerpt';
import { parseDataset } from '../../../src/lib/data/parse';
import { readDataFiles } from '../../../src/lib/server/dataset';

const root = resolve(import.meta.dirname, '../../..');
const files = readDataFiles(root);
const data = parseDataset(files);

describe('the timeline’s milestones', () => {
	it.each(QUOTED.map((m) => [m.id, m] as const))('quote "%s" verbatim from its source', (_, m) => {
		const source = data.sources.find((s) => s.id === m.source);
		expect(source, m.source).toBeDefined();
		const text = files[`data/seeds/${source!.file}`];
		expect(text, source!.file).toBeDefined();
		expect(excerptInSource(m.quote, text!)).toBe(true);
	});
});
