/**
 * The 进度 chapter tracks every 2025 target the sources give a later figure for, says why a
 * later figure cannot judge its target where it cannot, and judges like with like.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spec } from '../../src/lib/charts/target-progress/spec';
import { parseDataset } from '../../src/lib/data/parse';
import { targetStatus } from '../../src/lib/data/status';
import { readDataFiles } from '../../src/lib/server/dataset';
import { MESSAGES } from '../../src/lib/i18n/all-messages';
import { heroView } from '../../src/lib/story/hero';

const data = parseDataset(readDataFiles(resolve(import.meta.dirname, '../..')));
const byId = new Map(data.figures.map((f) => [f.id, f]));

describe('data/progress.yaml', () => {
	it('has a row for every 2025 target whose series has a later actual or estimate', () => {
		const tracked = new Set(data.progress.flatMap((r) => [r.target, r.growth ?? '']));
		const missing = data.figures
			.filter((t) => t.kind === 'target' && t.year === 2025 && t.scope === 'changqing' && t.series)
			.filter((t) =>
				data.figures.some(
					(f) =>
						f.series === t.series &&
						f.scope === 'changqing' &&
						(f.kind === 'actual' || f.kind === 'estimate') &&
						f.year > 2020
				)
			)
			.map((t) => t.id)
			.filter((id) => !tracked.has(id));
		expect(missing).toEqual([]);
	});

	it('gives a caveat to every row its later figure cannot judge', () => {
		for (const row of data.progress) {
			const s = targetStatus(data.figures, byId.get(row.target)!);
			if (s.status === 'no-data') expect(row.caveat_zh, row.target).toBeTruthy();
		}
	});

	it('becomes one chart row per tracked target, each with its status', () => {
		const rows = spec.prepare(data).rows;
		expect(rows.map((r) => r.target.id)).toEqual(data.progress.map((r) => r.target));
		expect(rows.length).toBeGreaterThanOrEqual(10);
		for (const r of rows) expect(r.later.year).toBeGreaterThan(2020);
	});
});

describe('the verdicts a district official would check', () => {
	const status = (id: string) => targetStatus(data.figures, byId.get(id)!);

	it('judges revenue’s 9% a year by the average since 2020, as it judges the 40.9亿元 it serves', () => {
		expect(status('budget-revenue-growth-2025-target').status).toBe('behind');
		expect(status('budget-revenue-2025-target').status).toBe('behind');
		expect(status('budget-revenue-growth-2025-target').achievedGrowth).toBeCloseTo(4.37, 1);
	});

	it('does not judge the 2024 work report’s targets by 2023’s figures', () => {
		for (const id of [
			'budget-revenue-growth-2024-target',
			'urban-income-growth-2024-target',
			'rural-income-growth-2024-target',
			'industrial-value-added-growth-2024-target',
			'e-registration-rate-2024-target',
			'medical-insurance-coverage-2024-target'
		])
			expect(status(id).status, id).toBe('no-data');
	});

	it('does not judge a five-year average by one year, or growth by an estimate', () => {
		expect(status('industrial-value-added-growth-2025-target').unlike?.why).toBe('one-year-rate');
		expect(status('gdp-growth-2025-target').unlike?.why).toBe('estimate');
	});

	it('states the direction of every target, and gets the easy ones to misread right', () => {
		expect(data.figures.filter((f) => f.kind === 'target' && !f.better)).toEqual([]);
		expect(byId.get('forest-cover-2024-target')!.better).toBe('higher');
		expect(byId.get('new-urban-jobs-cumulative-2025-target')!.better).toBe('higher');
		expect(byId.get('health-infant-mortality-2030-target')!.better).toBe('lower');
		expect(byId.get('elderly-care-circle-minutes-2025-target')!.better).toBe('lower');
	});
});

describe('the first screen’s headline', () => {
	const view = heroView(data);

	it('counts the targets that can be judged on pace, and those growing too slowly', () => {
		expect(view.rows.map((r) => r.target.id)).toEqual([
			'budget-revenue-2025-target',
			'urban-income-2025-target',
			'rural-income-2025-target'
		]);
		expect(view.behind).toBe(view.rows.filter((r) => r.status === 'behind').length);
		expect(view.behind).toBe(3);
	});

	it('says all, some or none in both languages, as the count has it', () => {
		const says = (behind: number) => ({
			zh: MESSAGES.zh.story.hero.headline({ year: 2023, rows: 3, behind }),
			en: MESSAGES.en.story.hero.headline({ year: 2023, rows: 3, behind })
		});
		expect(says(3)).toEqual({
			zh: '到2023年，能判断进度的三项2025年目标，增速都慢于按期达标所需',
			en: 'By 2023, all three indicators whose 2025 targets can be judged were growing too slowly to meet them on time'
		});
		expect(says(2).zh).toBe('到2023年，能判断进度的三项2025年目标中，两项增速慢于按期达标所需');
		expect(says(2).en).toMatch(/^By 2023, two of the three indicators whose 2025 targets/u);
		expect(says(0).en).toMatch(/growing fast enough to meet them on time$/u);
		expect(says(0).zh).toContain('都赶得上');
		expect(MESSAGES.en.story.hero.headline({ year: 2023, rows: 2, behind: 2 })).toMatch(
			/^By 2023, both indicators whose 2025 targets/u
		);
	});
});
