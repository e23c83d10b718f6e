import { describe, expect, it } from 'vitest';
import {
	cagr,
	growthBetween,
	incomeRatio,
	neededGrowth,
	progress,
	seriesFigures,
	trackTarget
} from '../../src/lib/data/derive';
import type { Figure } from '../../src/lib/data/schema';

describe('cagr', () => {
	it.each([
		// start, end, years, % per year (hand-checked)
		[26.6, 40.9, 5, 9.0], // 2020 revenue → 2025 target: (40.9/26.6)^(1/5) − 1
		[30.24, 40.9, 2, 16.3], // 2023 revenue → 2025 target, the growth still needed
		[100, 121, 2, 10.0],
		[100, 100, 3, 0],
		[100, 81, 2, -10.0]
	])('turns %f into %f over %i years at %f%% a year', (start, end, years, rate) => {
		expect(cagr(start, end, years)).toBeCloseTo(rate, 1);
	});

	it.each([
		[100, 120, 0],
		[100, 120, -1],
		[0, 120, 5],
		[-10, 120, 5],
		[100, 0, 5]
	])('has no meaning for start %f, end %f over %i years', (start, end, years) => {
		expect(cagr(start, end, years)).toBeUndefined();
	});
});

describe('progress', () => {
	it('is 0 at the baseline, 1 on the target and above 1 beyond it', () => {
		expect(progress(26.6, 40.9, 26.6)).toBe(0);
		expect(progress(26.6, 40.9, 40.9)).toBe(1);
		expect(progress(26.6, 40.9, 45)).toBeGreaterThan(1);
	});

	it('measures the share of the way covered: 30.24 is 25.5% of the way from 26.6 to 40.9', () => {
		expect(progress(26.6, 40.9, 30.24)! * 100).toBeCloseTo(25.45, 2);
	});

	it('works for a target below the baseline, such as a falling death rate', () => {
		expect(progress(9.98, 7, 8.49)).toBeCloseTo(0.5, 2);
	});

	it('is undefined when target and baseline are equal', () => {
		expect(progress(100, 100, 100)).toBeUndefined();
	});
});

describe('neededGrowth', () => {
	it('is the yearly growth from the latest actual to the target', () => {
		expect(neededGrowth({ year: 2023, value: 30.24 }, { year: 2025, value: 40.9 })).toBeCloseTo(
			16.3,
			1
		);
	});

	it('is negative once the target is already met', () => {
		expect(neededGrowth({ year: 2024, value: 45 }, { year: 2025, value: 40.9 })!).toBeLessThan(0);
	});

	it('is undefined when the latest figure is from the target year or later', () => {
		expect(neededGrowth({ year: 2025, value: 30 }, { year: 2025, value: 40.9 })).toBeUndefined();
	});
});

describe('growthBetween', () => {
	it('is the compound growth between two points in time', () => {
		expect(growthBetween({ year: 2020, value: 26.6 }, { year: 2023, value: 30.24 })).toBeCloseTo(
			4.37,
			2
		);
	});
});

describe('incomeRatio', () => {
	it('divides urban by rural income: 43578 / 20417 = 2.13', () => {
		expect(incomeRatio(43578, 20417)).toBeCloseTo(2.134, 3);
	});

	it('is undefined for a rural income of zero', () => {
		expect(incomeRatio(43578, 0)).toBeUndefined();
	});
});

const figure = (
	over: Partial<Figure> & Pick<Figure, 'id' | 'year' | 'kind' | 'value'>
): Figure => ({
	series: 'budget-revenue',
	metric_zh: '一般公共预算收入',
	metric_en: 'General public budget revenue',
	category: 'fiscal',
	unit: '亿元',
	measure: 'level',
	scope: 'changqing',
	source: 'test',
	excerpt: 'test',
	excerpt_en: 'test',
	...over
});

const REVENUE = [
	figure({ id: 'target', year: 2025, kind: 'target', value: 40.9 }),
	figure({ id: 'a2023', year: 2023, kind: 'actual', value: 30.24 }),
	figure({ id: 'base', year: 2020, kind: 'baseline', value: 26.6 }),
	figure({ id: 'g2023', year: 2023, kind: 'actual', value: 29.2, measure: 'growth', unit: '%' }),
	figure({ id: 'other', year: 2023, kind: 'actual', value: 9, series: 'gdp' })
];

describe('seriesFigures', () => {
	it('lists a series oldest first, leaving other series out', () => {
		expect(seriesFigures(REVENUE, 'budget-revenue').map((f) => f.id)).toEqual([
			'base',
			'a2023',
			'g2023',
			'target'
		]);
	});

	it('is empty for an unknown series', () => {
		expect(seriesFigures(REVENUE, 'nothing')).toEqual([]);
	});
});

describe('trackTarget', () => {
	it('lines a level target up with its baseline and latest actual, and judges the pace', () => {
		const track = trackTarget(REVENUE, REVENUE[0]!);
		expect(track.comparison).toBe('pace');
		expect(track.baseline?.id).toBe('base');
		expect(track.latest?.id).toBe('a2023');
		expect(track.lowerIsBetter).toBe(false);
		expect(track.achievedGrowth).toBeCloseTo(4.37, 2);
		expect(track.neededGrowth).toBeCloseTo(16.3, 1);
		expect(track.progress).toBeCloseTo(0.2545, 3);
		expect(track.met).toBe(false);
	});

	it('has nothing to compare when no actual has been reported', () => {
		const track = trackTarget([REVENUE[0]!, REVENUE[2]!], REVENUE[0]!);
		expect(track.comparison).toBe('none');
		expect(track.latest).toBeUndefined();
		expect(track.met).toBeUndefined();
		expect(track.progress).toBeUndefined();
		expect(track.neededGrowth).toBeUndefined();
	});

	it('judges a one-year growth target only by the rate of its own year', () => {
		const goal = figure({
			id: 'g-target',
			year: 2024,
			kind: 'target',
			value: 6,
			measure: 'growth',
			unit: '%'
		});
		const before = trackTarget([goal, ...REVENUE], goal);
		expect(before.comparison).toBe('unlike');
		expect(before.unlike).toMatchObject({ figure: { id: 'g2023' }, why: 'other-year' });
		expect(before.latest).toBeUndefined();
		const own = figure({
			id: 'g2024',
			year: 2024,
			kind: 'actual',
			value: 6.1,
			measure: 'growth',
			unit: '%'
		});
		const after = trackTarget([goal, ...REVENUE, own], goal);
		expect(after.comparison).toBe('year');
		expect(after.latest?.id).toBe('g2024');
		expect(after.met).toBe(true);
	});

	it('says a level reached before its year was reached early', () => {
		const early = [...REVENUE, figure({ id: 'a2024', year: 2024, kind: 'actual', value: 41.5 })];
		const track = trackTarget(early, REVENUE[0]!);
		expect(track.comparison).toBe('early');
		expect(track.latest?.id).toBe('a2024');
		expect(track.met).toBe(true);
	});

	it('never counts an estimate (有望突破) as an actual', () => {
		const estimate = figure({ id: 'e2023', year: 2023, kind: 'estimate', value: 45 });
		const track = trackTarget([REVENUE[0]!, REVENUE[2]!, estimate], REVENUE[0]!);
		expect(track.comparison).toBe('unlike');
		expect(track.unlike?.why).toBe('estimate');
		expect(track.met).toBeUndefined();
	});

	it('reads a falling target as met when the level is at or below it, because it says lower is better', () => {
		const m = (id: string, year: number, kind: Figure['kind'], value: number) =>
			figure({ id, series: 'm', year, kind, value, unit: '1/10万' });
		const target = { ...m('mort-target', 2025, 'target', 7), better: 'lower' as const };
		const track = trackTarget(
			[m('mort-base', 2020, 'baseline', 9.98), m('mort-2023', 2023, 'actual', 6.5), target],
			target
		);
		expect(track.lowerIsBetter).toBe(true);
		expect(track.met).toBe(true);
	});

	it('does not guess a fall from a target below its baseline: forest cover 38.06% after 39.27%', () => {
		const f = (id: string, year: number, kind: Figure['kind'], value: number) =>
			figure({ id, series: 'forest', year, kind, value, unit: '%' });
		const target = {
			...f('t2024', 2024, 'target', 38.06),
			better: 'higher' as const,
			annual: true
		};
		const lower = trackTarget(
			[f('b2020', 2020, 'baseline', 39.27), f('a2024', 2024, 'actual', 37.9), target],
			target
		);
		expect(lower.lowerIsBetter).toBe(false);
		expect(lower.met).toBe(false);
	});

	describe('an average growth rate over a period (年均增长9%, 2021–2025)', () => {
		const rate = (
			id: string,
			year: number,
			kind: Figure['kind'],
			value: number,
			over: Partial<Figure> = {}
		) =>
			figure({
				id,
				series: 'budget-revenue',
				year,
				kind,
				value,
				measure: 'growth',
				unit: '%',
				...over
			});
		const goal = rate('avg', 2025, 'target', 9, { period: '2021-2025' });

		it('is judged by the average achieved from the levels, not by one year’s 29.2%', () => {
			const track = trackTarget([goal, ...REVENUE], goal);
			expect(track.comparison).toBe('average');
			expect(track.baseline?.id).toBe('base');
			expect(track.latest?.id).toBe('a2023');
			expect(track.achievedGrowth).toBeCloseTo(4.37, 2);
			expect(track.met).toBe(false);
			// 26.6 × 1.09⁵ = 40.93 by 2025: from 30.24 in 2023 that needs 16.3% a year
			expect(track.neededGrowth).toBeCloseTo(16.3, 1);
		});

		it('is judged from every year’s rate when the series has no levels', () => {
			const g = (year: number, value: number) =>
				rate(`i${year}`, year, 'actual', value, { series: 'industry' });
			const industry = { ...goal, series: 'industry' };
			const three = trackTarget([industry, g(2021, 10), g(2022, 8), g(2023, 12.2)], industry);
			expect(three.comparison).toBe('average');
			expect(three.achievedGrowth).toBeCloseTo(10.05, 1);
			expect(three.met).toBe(true);
		});

		it('cannot be judged by one year’s rate alone', () => {
			const industry = { ...goal, series: 'industry' };
			const one = rate('i2023', 2023, 'actual', 12.2, { series: 'industry' });
			const track = trackTarget([industry, one], industry);
			expect(track.comparison).toBe('unlike');
			expect(track.unlike).toMatchObject({ figure: { id: 'i2023' }, why: 'one-year-rate' });
		});
	});
});
