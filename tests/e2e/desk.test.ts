/**
 * The data desk and the sources page, as a journalist checking the numbers uses them: every
 * figure listed, search and filters narrowing the table, every figure findable by its id.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, launch, openPage } from './browser';
import { dataset, figureById } from './dataset';
import {
	CONFLICT_TYPE_LABELS,
	FLAGSHIP_STATUS_LABELS,
	STATUS_LABELS
} from '../../src/lib/data/labels';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const visibleIds = (page: Page) =>
	page.$$eval('tbody tr[data-figure-id]', (rows) =>
		rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.getAttribute('data-figure-id'))
	);

describe('/data/', () => {
	it('lists every figure of the dataset, in the prerendered HTML', async () => {
		const { page, close } = await openPage(browser, '/data/', { javaScriptEnabled: false });
		expect(await page.locator('tbody tr[data-figure-id]').count()).toBe(dataset.figures.length);
		await close();
	});

	it('narrows the table to the figures a search names', async () => {
		const { page, foreign, errors, close } = await openPage(browser, '/data/', {
			viewport: DESKTOP
		});
		await page.locator('main[data-ready]').waitFor();
		expect(await page.getByTestId('shown-count').textContent()).toBe(
			String(dataset.figures.length)
		);
		await page.getByLabel('搜索', { exact: true }).fill('一般公共预算收入');
		const expected = dataset.figures
			.filter((f) =>
				`${f.metric_zh} ${f.metric_en} ${f.id} ${f.excerpt}`.includes('一般公共预算收入')
			)
			.map((f) => f.id);
		expect(expected.length).toBeGreaterThan(1);
		await expect.poll(() => visibleIds(page)).toEqual(expected);
		expect(await page.getByTestId('shown-count').textContent()).toBe(String(expected.length));
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});

	it('draws every row and still searches after arriving from another page of the site', async () => {
		// the chart gallery, which the router leaves for the desk in the page (the story's links
		// load their page anew, so that Back restores the story: story.test.ts)
		const { page, errors, close } = await openPage(browser, '/charts/', { viewport: DESKTOP });
		// the header's link: SvelteKit navigates in the page, so there are no prerendered rows
		await page.locator('header.site nav a[href$="/data/"]').click();
		await page.waitForURL((url) => url.pathname === '/data/');
		const documentUrl = await page.evaluate(
			() => performance.getEntriesByType('navigation')[0]!.name
		);
		expect(new URL(documentUrl).pathname).toBe('/charts/');
		await page.locator('main.desk[data-ready]').waitFor();
		expect(await page.locator('tbody tr[data-figure-id]').count()).toBe(dataset.figures.length);
		await page.getByLabel('搜索', { exact: true }).fill('一般公共预算收入');
		await expect.poll(async () => (await visibleIds(page)).length).toBeLessThan(20);
		expect(errors).toEqual([]);
		await close();
	});

	it('filters by category, kind, year and source together, and clears back to all', async () => {
		const { page, close } = await openPage(browser, '/data/', { viewport: DESKTOP });
		// filters work once scripts have taken over the prerendered table
		await page.locator('main[data-ready]').waitFor();
		await page.getByLabel('类别', { exact: true }).selectOption('income');
		await page.getByLabel('类型', { exact: true }).selectOption('target');
		const expected = dataset.figures
			.filter((f) => f.category === 'income' && f.kind === 'target')
			.map((f) => f.id);
		expect(expected.length).toBeGreaterThan(0);
		await expect.poll(() => visibleIds(page)).toEqual(expected);

		await page.getByRole('button', { name: '清除筛选' }).click();
		await page.getByLabel('年份', { exact: true }).selectOption('2023');
		await page.getByLabel('来源', { exact: true }).selectOption('work-report-2024');
		const reported = dataset.figures
			.filter((f) => f.year === 2023 && f.source === 'work-report-2024')
			.map((f) => f.id);
		await expect.poll(() => visibleIds(page)).toEqual(reported);

		await page.getByRole('button', { name: '清除筛选' }).click();
		await expect.poll(async () => (await visibleIds(page)).length).toBe(dataset.figures.length);
		await close();
	});

	it('sorts by year, newest first', async () => {
		const { page, close } = await openPage(browser, '/data/', { viewport: DESKTOP });
		await page.locator('main[data-ready]').waitFor();
		await page.getByLabel('排序', { exact: true }).selectOption('year-desc');
		const years = await page.$$eval('tbody tr[data-figure-id] td:nth-of-type(1)', (cells) =>
			cells.map((c) => Number(c.textContent))
		);
		expect(years).toEqual([...years].sort((a, b) => b - a));
		expect(years).toHaveLength(dataset.figures.length);
		await close();
	});

	it('gives every target a status in words, not colour alone', async () => {
		const { page, close } = await openPage(browser, '/data/', { javaScriptEnabled: false });
		const targets = dataset.figures.filter((f) => f.kind === 'target');
		const badges = page.locator('tbody tr[data-figure-id] [data-status]');
		expect(await badges.count()).toBe(targets.length);
		const words = Object.values(STATUS_LABELS).map((l) => l.zh);
		for (const text of await badges.allTextContents())
			expect(
				words.some((w) => text.includes(w)),
				text
			).toBe(true);
		await close();
	});

	it('fits a 360 px phone without sideways scrolling', async () => {
		const { page, close } = await openPage(browser, '/data/', {
			viewport: { ...PHONE, width: 360 }
		});
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
		).toBeLessThanOrEqual(0);
		await close();
	});
});

describe('/sources/', () => {
	it('has an anchor for every figure, under its own document, with its excerpt', async () => {
		const { page, errors, close } = await openPage(browser, '/sources/');
		const anchors = await page.$$eval('li.figure[id]', (items) =>
			items.map((li) => ({
				id: li.id,
				doc: li.closest('section.document')?.id,
				quote: li.querySelector('blockquote')?.textContent
			}))
		);
		expect(anchors.map((a) => a.id).sort()).toEqual(dataset.figures.map((f) => f.id).sort());
		const byId = new Map(dataset.figures.map((f) => [f.id, f]));
		for (const a of anchors) {
			expect(a.doc).toBe(byId.get(a.id)!.source);
			expect(a.quote).toBe(`“${byId.get(a.id)!.excerpt}”`);
		}
		expect(errors).toEqual([]);
		await close();
	});

	it('opens at a figure from its link on the data desk', async () => {
		const { page, close } = await openPage(browser, '/data/', { viewport: DESKTOP });
		await page.locator('main[data-ready]').waitFor();
		const id = 'gdp-2020-baseline';
		await page.locator(`tr[data-figure-id="${id}"] a[href$="#${id}"]`).click();
		await page.waitForURL(`**/sources/#${id}`);
		const top = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
		expect(Math.abs(top)).toBeLessThan(50);
		await close();
	});

	it('lists every conflict with all its figures side by side, its kind, note and quotes', async () => {
		expect(dataset.conflicts.length).toBeGreaterThanOrEqual(12);
		for (const path of ['/sources/', '/data/']) {
			const { page, close } = await openPage(browser, path);
			for (const conflict of dataset.conflicts) {
				const item = page.locator(`[data-conflict-id="${conflict.id}"]`);
				const ids = await item
					.locator('[data-figure-id]')
					.evaluateAll((els) => els.map((e) => e.getAttribute('data-figure-id')));
				expect(ids, `${path} ${conflict.id}`).toEqual(conflict.figures);
				const text = (await item.textContent()) ?? '';
				expect(text).toContain(CONFLICT_TYPE_LABELS[conflict.type].zh);
				expect(text).toContain(conflict.note_zh.slice(0, 20));
				// both sides' own words, and any further words that make the conflict
				for (const id of conflict.figures) expect(text).toContain(figureById.get(id)!.excerpt);
				for (const q of conflict.quotes) expect(text).toContain(q.excerpt);
			}
			await close();
		}
	});

	it('explains every target’s status in words, and judges a one-year target only by its year', async () => {
		const { page, close } = await openPage(browser, '/data/');
		const cell = (id: string) => page.locator(`tr[data-figure-id="${id}"] td`).nth(3);
		// the 2024 work report's 7.5% target is not judged by 2023's 29.2%
		expect(await cell('budget-revenue-growth-2024-target').textContent()).toContain('暂无可比数据');
		expect(await cell('budget-revenue-growth-2024-target').textContent()).toContain(
			'只能用当年的实际数衡量'
		);
		// a five-year average is judged by the average so far, like the level it serves
		const average = (await cell('budget-revenue-growth-2025-target').textContent()) ?? '';
		expect(average).toContain('慢于所需增速');
		expect(average).toMatch(/年均增长4\.4%/);
		expect(await cell('budget-revenue-2025-target').textContent()).toContain('慢于所需增速');
		// every target row says why it has its status
		const reasons = await page
			.locator('tr[data-figure-id] [data-status]')
			.evaluateAll((els) =>
				els.map((e) => e.parentElement?.querySelector('.detail')?.textContent ?? '')
			);
		expect(reasons.length).toBe(dataset.figures.filter((f) => f.kind === 'target').length);
		expect(reasons.filter((r) => r.trim() === '')).toEqual([]);
		await close();
	});
});

describe('the flagship projects on /sources/', () => {
	it('lists every project the plan’s boxes name, with the later sources’ words and a status in words', async () => {
		const { page, close } = await openPage(browser, '/sources/');
		expect(dataset.flagships.length).toBeGreaterThan(50);
		for (const f of dataset.flagships) {
			const row = page.locator(`tr[data-flagship="${f.id}"]`);
			const text = (await row.textContent()) ?? '';
			expect(text).toContain(f.name_zh);
			expect(text).toContain(FLAGSHIP_STATUS_LABELS[f.status].zh);
			for (const l of f.later) expect(text).toContain(l.excerpt);
		}
		await close();
	});
});

describe('/about/', () => {
	it('states the status rule and how to report an error', async () => {
		const { page, errors, close } = await openPage(browser, '/about/');
		expect(await page.locator('h1').textContent()).toBe('关于本报道');
		expect(await page.locator('main').textContent()).toContain('年均增速');
		expect(await page.locator('#errors').count()).toBe(1);
		expect(errors).toEqual([]);
		await close();
	});
});
