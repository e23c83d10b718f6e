/**
 * The real dataset in data/: valid, complete where the story depends on it, and honest about
 * whose figures are whose. Numbers checked by hand against the source documents.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cagr, incomeRatio, neededGrowth } from '../../src/lib/data/derive';
import { parseDataset } from '../../src/lib/data/parse';
import { readDataFiles } from '../../src/lib/server/dataset';

const data = parseDataset(readDataFiles(resolve(import.meta.dirname, '../..')));
const byId = new Map(data.figures.map((f) => [f.id, f]));
const value = (id: string) => {
	const f = byId.get(id);
	if (!f) throw new Error(`no figure ${id}`);
	return f.value;
};

describe('the dataset', () => {
	it('holds well over 150 figures', () => {
		expect(data.figures.length).toBeGreaterThan(150);
	});

	it('takes figures from every Changqing source document', () => {
		for (const source of data.sources.filter((s) => s.about === 'changqing')) {
			expect(data.figures.filter((f) => f.source === source.id).length, source.id).toBeGreaterThan(
				10
			);
		}
	});

	it('has all 25 rows of 专栏1, numbered 1 to 25, in the six groups of the plan', () => {
		expect(data.plan.indicators.map((r) => r.no).sort((a, b) => a - b)).toEqual(
			Array.from({ length: 25 }, (_, i) => i + 1)
		);
		expect(data.plan.groups).toHaveLength(6);
	});

	it('marks 专栏1 figures binding or expected, as their row is', () => {
		for (const row of data.plan.indicators) {
			for (const id of [row.baseline, row.target, row.growth]) {
				if (id !== undefined) expect(byId.get(id)!.binding, id).toBe(row.binding);
			}
		}
	});

	it('records the 2020 baseline as the plan states it', () => {
		expect(value('gdp-2020-baseline')).toBe(338.8);
		expect(value('budget-revenue-2020-baseline')).toBe(26.6);
		expect([
			value('industry-share-primary-2020-baseline'),
			value('industry-share-secondary-2020-baseline'),
			value('industry-share-tertiary-2020-baseline')
		]).toEqual([10, 47.9, 42.1]);
	});

	it('keeps five-year cumulative values apart from yearly levels', () => {
		const jobs = data.figures.filter((f) => f.series === 'new-urban-jobs' && f.value === 19118);
		expect(jobs.length).toBeGreaterThan(0);
		for (const f of jobs) {
			expect(f.measure).toBe('cumulative');
			expect(f.period).toBe('2016-2020');
		}
	});

	it('scopes the health plan’s province and city baselines to Shandong and Jinan', () => {
		const baselines = data.figures.filter(
			(f) => f.source === 'health-action-2021' && f.kind === 'baseline'
		);
		expect(baselines.length).toBeGreaterThan(0);
		for (const f of baselines) expect(['shandong', 'jinan'], f.id).toContain(f.scope);
	});

	it('has 2023 and 2024 results and the four zones, ten towns and two industry systems', () => {
		expect(data.figures.some((f) => f.kind === 'actual' && f.year === 2023)).toBe(true);
		expect(data.figures.some((f) => f.kind === 'actual' && f.year === 2024)).toBe(true);
		expect(data.zones).toHaveLength(4);
		expect(data.towns).toHaveLength(10);
		expect(data.industries.map((s) => s.year)).toEqual([2021, 2023]);
		expect(data.themes.map((t) => t.year)).toEqual([2023, 2024, 2025]);
	});

	it('records the disagreements the sources are known for', () => {
		const inConflict = new Set(
			data.conflicts.flatMap((c) => c.figures.map((id) => byId.get(id)!.series))
		);
		for (const series of ['grain-capacity', 'doctors-per-1000'])
			expect(inConflict, series).toContain(series);
	});
});

describe('derived figures on the real data', () => {
	it('revenue grows 9.0% a year from 26.6亿元 in 2020 to the 40.9亿元 target', () => {
		expect(
			cagr(value('budget-revenue-2020-baseline'), value('budget-revenue-2025-target'), 5)
		).toBeCloseTo(9.0, 1);
	});

	it('2023 revenue of 30.24亿元 needs about 16.3% a year to reach the 2025 target', () => {
		const latest = { year: 2023, value: value('budget-revenue-2023-actual') };
		expect(
			neededGrowth(latest, { year: 2025, value: value('budget-revenue-2025-target') })
		).toBeCloseTo(16.3, 1);
	});

	it('urban incomes were 2.13 times rural incomes in 2020', () => {
		expect(
			incomeRatio(value('urban-income-2020-baseline'), value('rural-income-2020-baseline'))
		).toBeCloseTo(2.13, 2);
	});
});
