/** The locator map: real district shapes, Changqing among them, and the plan quoted exactly. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { words as en } from '../../../src/lib/charts/locator-map/en';
import { crowdedAt, crowdedOut, ems } from '../../../src/lib/charts/locator-map/crowd';
import { districtName, POSITION_QUOTE, spec } from '../../../src/lib/charts/locator-map/spec';
import { words as zh } from '../../../src/lib/charts/locator-map/zh';
import { excerptInSource } from '../../../src/lib/data/excerpt';
import { parseDataset } from '../../../src/lib/data/parse';
import { createFormat } from '../../../src/lib/format/format';
import { lexicon } from '../../../src/lib/i18n/lexicon';
import { readDataFiles } from '../../../src/lib/server/dataset';

const files = readDataFiles(resolve(import.meta.dirname, '../../..'));
const data = parseDataset(files);

describe('the locator map', () => {
	const prepared = spec.prepare(data);
	const lex = lexicon(data, 'zh', prepared);
	const text = { locale: 'zh' as const, w: zh, lex, fmt: createFormat('zh', lex.units) };

	it('draws Jinan as it has been since 2019: twelve districts and counties, Changqing among them, under today’s names', () => {
		expect(prepared.districts).toHaveLength(12);
		const ids = prepared.districts.map((d) => d.id);
		// Laiwu and Gangcheng joined in 2019; Jiyang has been a district since 2018
		expect(ids).toEqual(expect.arrayContaining(['莱芜区', '钢城区', '济阳区']));
		expect(ids).not.toContain('济阳县');
		expect(ids).not.toContain('莱城区');
		expect(prepared.districts.filter((d) => d.home).map((d) => d.id)).toEqual(['长清区']);
		// the note on the boundaries' date is the data's, word for word, and said in English too
		expect(zh.note).toBe(data.geo!.note);
		expect(zh.note).toContain('2019');
		expect(en.note).toContain('2019');
	});

	it('names every district in every locale', () => {
		for (const d of prepared.districts) {
			expect(Object.keys(zh.district)).toContain(d.id);
			expect(Object.keys(en.district)).toContain(d.id);
		}
	});

	it('points to the Yellow River from Changqing’s north-west and to Mount Tai from its south-east, as the plan places them', () => {
		const [rx, ry] = prepared.toward.river;
		const [mx, my] = prepared.toward.mountain;
		expect(rx).toBeLessThan(mx);
		expect(ry).toBeLessThan(my);
		expect(zh.toward.river).toContain('黄河');
		expect(zh.toward.mountain).toContain('泰山');
		expect(POSITION_QUOTE).toContain('西北紧邻黄河');
		expect(POSITION_QUOTE).toContain('东南连接泰山');
	});

	it('quotes the plan word for word on where Changqing lies', () => {
		const plan = data.sources.find((s) => s.id === prepared.quoteSource)!;
		expect(excerptInSource(POSITION_QUOTE, files[`data/seeds/${plan.file}`]!)).toBe(true);
	});

	it('names Changqing in its description only once it is picked out', () => {
		expect(spec.describe(prepared, spec.states.final, text)).toContain('长清区在图中以深色突出');
		expect(spec.describe(prepared, spec.states.city!, text)).not.toContain(
			'长清区在图中以深色突出'
		);
	});
});

describe('names that would sit on one another', () => {
	const prepared = spec.prepare(data);
	const box = (left: number, top: number, width = 40) => ({
		left,
		right: left + width,
		top,
		bottom: top + 14
	});

	it('leaves out a name that touches one written before it, and keeps the ones clear of it', () => {
		expect(
			crowdedOut([
				{ name: 'a', box: box(0, 0) },
				{ name: 'b', box: box(30, 5) },
				{ name: 'c', box: box(41, 20) },
				{ name: 'd', box: box(100, 0) }
			])
		).toEqual(['b']);
	});

	it('takes a Chinese character as square and a Latin letter as narrower', () => {
		expect(ems('历下区')).toBe(3);
		expect(ems('Lixia')).toBeGreaterThan(2.5);
		expect(ems('Lixia')).toBeLessThan(4);
	});

	it('estimates, for an embed’s smallest map, that the city centre’s small districts go unnamed, never Changqing', () => {
		for (const w of [zh, en]) {
			const names = {
				district: (d: { id: string }) => districtName(w, d.id),
				river: w.toward.river,
				mountain: w.toward.mountain
			};
			const home = (d: { home: boolean }) => d.home;
			const small = crowdedAt(prepared, 250, names, home);
			expect(small.length).toBeGreaterThan(0);
			expect(small).not.toContain('长清区');
			// the largest districts are always named
			const largest = [...prepared.districts].sort((a, b) => b.area - a.area).slice(0, 3);
			for (const d of largest) expect(small).not.toContain(d.id);
			// a map large enough has room for every name
			expect(crowdedAt(prepared, 3000, names, home)).toEqual([]);
		}
	});
});
