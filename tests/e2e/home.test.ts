/**
 * The first page, as a reader on a phone and on a desktop sees it: the 2020 baseline figures,
 * each matching the dataset, with its source a tap away, and nothing loaded from elsewhere.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format/number';
import { HEADLINE_IDS } from '../../src/lib/story/baseline-view';
import { DESKTOP, PHONE, launch, openPage } from './browser';
import { figureById } from './dataset';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe.each([
	['phone', PHONE],
	['desktop', DESKTOP]
])('the home page on a %s', (_, viewport) => {
	it('shows every headline 2020 figure as the dataset has it, in Chinese', async () => {
		const { page, foreign, errors, close } = await openPage(browser, '/', { viewport });
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		for (const id of HEADLINE_IDS) {
			const figure = figureById.get(id)!;
			const stat = page.locator(`.stat[data-figure-id="${id}"]`);
			await expect.poll(() => stat.count()).toBe(1);
			expect(await stat.locator('.num').textContent()).toBe(formatNumber(figure.value));
			expect(await stat.locator('.unit').textContent()).toBe(figure.unit);
		}
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});

	it('never scrolls sideways', async () => {
		const { page, close } = await openPage(browser, '/', {
			viewport: { ...viewport, width: Math.min(viewport.width, 360) }
		});
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await close();
	});
});

describe('a figure on the home page', () => {
	it('reveals its source document and excerpt when its "来源" is tapped, and links to it', async () => {
		const { page, close } = await openPage(browser, '/');
		const figure = figureById.get('gdp-2020-baseline')!;
		const stat = page.locator('.stat[data-figure-id="gdp-2020-baseline"]');
		const quote = stat.locator('blockquote');
		expect(await quote.isVisible()).toBe(false);
		await stat.locator('summary').click();
		expect(await quote.isVisible()).toBe(true);
		expect(await quote.textContent()).toContain(figure.excerpt);
		expect(await stat.locator('.cite').textContent()).toContain(
			'长清区国民经济和社会发展第十四个五年规划'
		);
		await stat.locator('.cite a').click();
		await page.waitForURL(/\/sources\/#gdp-2020-baseline$/u);
		expect(await page.locator('[id="gdp-2020-baseline"]').textContent()).toContain(figure.excerpt);
		await close();
	});
});

describe('the first screen', () => {
	it.each([
		['phone', PHONE],
		['desktop', DESKTOP]
	])(
		'makes its point on a %s before any script: 2020, the latest figure, the 2025 target, the 2035 vision',
		async (_, viewport) => {
			const { page, close } = await openPage(browser, '/', { viewport, javaScriptEnabled: false });
			const strip = page.locator('.hero-strip');
			// within the first screen
			const top = await strip.evaluate((el) => el.getBoundingClientRect().top);
			expect(top).toBeLessThan(viewport.height);
			const rows = strip.locator('tbody tr');
			expect(await rows.count()).toBeGreaterThanOrEqual(3);
			for (const row of await rows.all()) {
				const id = (await row.getAttribute('data-figure-id'))!;
				const target = figureById.get(id)!;
				expect(target.kind).toBe('target');
				expect(target.year).toBe(2025);
				const ids = await row
					.locator('[data-figure-id]')
					.evaluateAll((els) => els.map((e) => e.getAttribute('data-figure-id')));
				const [baseline, latest] = ids.map((i) => figureById.get(i!)!);
				expect(baseline!.kind).toBe('baseline');
				expect(latest!.kind).toBe('actual');
				expect(await row.locator('[data-status]').count()).toBe(1);
			}
			expect(await strip.locator('.vision [lang="zh-CN"]').textContent()).toContain('中心城区');
			await close();
		}
	);
});

describe('the home page without JavaScript', () => {
	it('still shows the figures, prerendered in the HTML', async () => {
		const { page, close } = await openPage(browser, '/', { javaScriptEnabled: false });
		const figure = figureById.get('gdp-2020-baseline')!;
		expect(await page.locator('.stat[data-figure-id="gdp-2020-baseline"] .num').textContent()).toBe(
			formatNumber(figure.value)
		);
		await close();
	});
});
