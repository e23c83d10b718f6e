import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/lib/data/schema';
import { targetStatus, targetStatuses } from '../../src/lib/data/status';

const figure = (
	over: Partial<Figure> & Pick<Figure, 'id' | 'year' | 'kind' | 'value'>
): Figure => ({
	series: 's',
	metric_zh: '指标',
	metric_en: 'Metric',
	category: 'fiscal',
	unit: '亿元',
	measure: 'level',
	scope: 'changqing',
	source: 'test',
	excerpt: 'test',
	excerpt_en: 'test',
	...over
});

const base = figure({ id: 'base', year: 2020, kind: 'baseline', value: 26.6 });
const target = figure({ id: 'target', year: 2025, kind: 'target', value: 40.9 });

describe('targetStatus', () => {
	it('is achieved for a target met early', () => {
		const early = figure({ id: 'a2024', year: 2024, kind: 'actual', value: 41.2 });
		expect(targetStatus([base, early, target], target).status).toBe('achieved');
	});

	it('has no recent figure when nothing was reported since the baseline', () => {
		const s = targetStatus([base, target], target);
		expect(s.status).toBe('no-data');
		expect(s.latest).toBeUndefined();
	});

	it('is on track when growth achieved meets the growth still needed', () => {
		// 26.6 → 35 by 2023 is 9.58%/yr; 35 → 40.9 by 2025 needs 8.1%/yr
		const a = figure({ id: 'a2023', year: 2023, kind: 'actual', value: 35 });
		const s = targetStatus([base, a, target], target);
		expect(s.achievedGrowth).toBeCloseTo(9.58, 2);
		expect(s.neededGrowth).toBeCloseTo(8.1, 1);
		expect(s.status).toBe('on-track');
	});

	it('needs faster growth when growth achieved falls short: revenue 30.24 in 2023', () => {
		// 4.4%/yr achieved against 16.3%/yr needed
		const a = figure({ id: 'a2023', year: 2023, kind: 'actual', value: 30.24 });
		const s = targetStatus([base, a, target], target);
		expect(s.achievedGrowth).toBeCloseTo(4.37, 2);
		expect(s.neededGrowth).toBeCloseTo(16.3, 1);
		expect(s.status).toBe('behind');
	});

	it('is missed once its year has a result that falls short', () => {
		const a = figure({ id: 'a2025', year: 2025, kind: 'actual', value: 39 });
		expect(targetStatus([base, a, target], target).status).toBe('missed');
	});

	describe('a growth-rate target', () => {
		const rate = (id: string, year: number, kind: Figure['kind'], value: number) =>
			figure({ id, year, kind, value, measure: 'growth', unit: '%' });
		const average = { ...rate('g-target', 2025, 'target', 9), period: '2021-2025' };

		it('over five years is on track while the average so far meets it', () => {
			const years = [
				rate('g21', 2021, 'actual', 9.5),
				rate('g22', 2022, 'actual', 8.8),
				rate('g23', 2023, 'actual', 12.2)
			];
			expect(targetStatus([...years, average], average).status).toBe('on-track');
		});

		it('over five years needs faster growth while the average so far falls short', () => {
			const years = [
				rate('g21', 2021, 'actual', 3),
				rate('g22', 2022, 'actual', 4),
				rate('g23', 2023, 'actual', 12.2)
			];
			expect(targetStatus([...years, average], average).status).toBe('behind');
		});

		it('over five years has no comparable figure when only one year’s rate is known', () => {
			expect(targetStatus([rate('g23', 2023, 'actual', 12.2), average], average).status).toBe(
				'no-data'
			);
		});

		it('for one year is reached when the rate of that year meets it, and ignores levels', () => {
			const single = rate('g24-target', 2024, 'target', 6);
			const level = figure({ id: 'l24', year: 2024, kind: 'actual', value: 400 });
			expect(targetStatus([level, rate('g24', 2024, 'actual', 6.1), single], single).status).toBe(
				'achieved'
			);
		});

		it('for one year is not judged by the year before (a 2024 target, a 2023 rate)', () => {
			const single = rate('g24-target', 2024, 'target', 7.5);
			expect(targetStatus([rate('g23', 2023, 'actual', 29.2), single], single).status).toBe(
				'no-data'
			);
		});
	});

	describe('a "≤" target such as a maternal mortality rate', () => {
		const unit = '1/10万';
		const m = (
			id: string,
			year: number,
			kind: Figure['kind'],
			value: number,
			q?: Figure['qualifier']
		) => figure({ id, year, kind, value, unit, qualifier: q });
		const goal = { ...m('m-target', 2030, 'target', 7.0, '<='), better: 'lower' as const };
		const start = m('m-base', 2020, 'baseline', 9.98);

		it('is achieved when the rate is at or below it', () => {
			expect(targetStatus([start, m('m23', 2023, 'actual', 7.0), goal], goal).status).toBe(
				'achieved'
			);
		});

		it('is on track when it falls at least as fast as needed', () => {
			const s = targetStatus([start, m('m23', 2023, 'actual', 8.4), goal], goal);
			expect(s.lowerIsBetter).toBe(true);
			expect(s.status).toBe('on-track');
		});

		it('needs faster progress when it falls too slowly', () => {
			expect(targetStatus([start, m('m23', 2023, 'actual', 9.9), goal], goal).status).toBe(
				'behind'
			);
		});
	});

	it('does not compare figures of another place (a Shandong baseline) with a Changqing target', () => {
		const shandong = figure({ id: 'sd', year: 2024, kind: 'actual', value: 50, scope: 'shandong' });
		expect(targetStatus([base, shandong, target], target).status).toBe('no-data');
	});
});

describe('targetStatuses', () => {
	it('gives every target and nothing else a status', () => {
		const statuses = targetStatuses([base, target]);
		expect([...statuses.keys()]).toEqual(['target']);
	});
});

describe('targets that are easy to misread', () => {
	it('keeps more jobs better even when the five-year target is below the last five years’ total', () => {
		const jobs = (over: Partial<Figure> & Pick<Figure, 'id' | 'year' | 'kind' | 'value'>) =>
			figure({ unit: '人', measure: 'cumulative', series: 'jobs', ...over });
		const b = jobs({
			id: 'j2020',
			year: 2020,
			kind: 'baseline',
			value: 19118,
			period: '2016-2020'
		});
		const t = jobs({
			id: 'j2025',
			year: 2025,
			kind: 'target',
			value: 16000,
			period: '2021-2025',
			better: 'higher'
		});
		const a = jobs({ id: 'j2025a', year: 2025, kind: 'actual', value: 17000, period: '2021-2025' });
		const s = targetStatus([b, a, t], t);
		expect(s.lowerIsBetter).toBe(false);
		expect(s.status).toBe('achieved');
	});

	it('does not judge a five-year total by one year’s amount', () => {
		const t = figure({
			id: 'j2025',
			series: 'jobs',
			unit: '人',
			year: 2025,
			kind: 'target',
			value: 16000,
			measure: 'cumulative',
			period: '2021-2025'
		});
		const a = figure({
			id: 'j2023',
			series: 'jobs',
			unit: '人',
			year: 2023,
			kind: 'actual',
			value: 3677,
			annual: true
		});
		const s = targetStatus([a, t], t);
		expect(s.status).toBe('no-data');
		expect(s.unlike?.why).toBe('other-measure');
	});

	it('does not count an earlier year towards a target for one year’s amount', () => {
		// 220.3亿元 invested in 2023 says nothing yet about the ≥150亿元 planned for 2025 alone
		const a = figure({ id: 'i2023', year: 2023, kind: 'actual', value: 220.3, annual: true });
		const t = figure({
			id: 'i2025',
			year: 2025,
			kind: 'target',
			value: 150,
			qualifier: '>=',
			annual: true
		});
		expect(targetStatus([a, t], t).status).toBe('no-data');
		const same = figure({ id: 'i2025a', year: 2025, kind: 'actual', value: 160, annual: true });
		expect(targetStatus([a, same, t], t).status).toBe('achieved');
	});
});
