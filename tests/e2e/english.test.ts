/**
 * The English edition's language switch, as its reader meets it: it leads to the same place in
 * the other language: the chapter being read, the chart, the slide, the desk's filters. (That
 * every page has a twin and reads in English is checked over the build: tests/build/english.test.ts.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, PROJECTOR, hydrated, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe('the language switch', () => {
	const switchTo = async (page: Page) => {
		// a page without the framework (an embed) has its own script; the others hydrate the link
		if (!new URL(page.url()).pathname.includes('/embed/'))
			await page.locator('a.language-switch[data-live]').waitFor();
		const before = page.url();
		await page.locator('a.language-switch').click();
		await page.waitForURL((url) => url.href !== before);
		await page.waitForLoadState('load');
		await hydrated(page);
	};

	it('leads from the chapter being read to the same chapter in the other language, and back', async () => {
		const { page, close } = await openPage(browser, '/#livelihood', { viewport: PHONE });
		// the link learns the chapter once it is live (before that it is a plain link to /en/)
		await page.locator('header a.language-switch[data-live]').waitFor();
		await page.locator('header a.language-switch').click();
		await page.waitForURL((url) => url.pathname === '/en/');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#livelihood');
		await expect
			.poll(() =>
				page.locator('section#livelihood').evaluate((el) => el.getBoundingClientRect().top)
			)
			.toBeLessThan(5);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await page.locator('header a.language-switch[data-live]').waitFor();
		await page.locator('header a.language-switch').click();
		await page.waitForURL((url) => url.pathname === '/');
		expect(await page.evaluate(() => location.hash)).toBe('#livelihood');
		await close();
	});

	it('follows the chapter the reader has scrolled to, not only the one they came in at', async () => {
		const { page, close } = await openPage(browser, '/en/', { viewport: DESKTOP });
		await page.evaluate(() => {
			const el = document.querySelector('section#countryside .step')!;
			window.scrollTo({
				top: el.getBoundingClientRect().top + window.scrollY - 300,
				behavior: 'instant'
			});
		});
		// the address follows once the chapter wakes and the reader settles: seconds, on a
		// machine running other browsers beside this one
		await expect
			.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 })
			.toBe('#countryside');
		await switchTo(page);
		expect(new URL(page.url()).pathname).toBe('/');
		expect(new URL(page.url()).hash).toBe('#countryside');
		await close();
	});

	it('keeps the chart on /charts/ and the state of an embed', async () => {
		const gallery = await openPage(browser, '/charts/#income-path', { viewport: DESKTOP });
		await switchTo(gallery.page);
		expect(gallery.page.url()).toMatch(/\/en\/charts\/#income-path$/u);
		await gallery.close();

		const embed = await openPage(browser, '/en/embed/income-path/?state=rural', {
			viewport: DESKTOP
		});
		await switchTo(embed.page);
		const url = new URL(embed.page.url());
		expect(url.pathname).toBe('/embed/income-path/');
		expect(url.searchParams.get('state')).toBe('rural');
		await embed.page.locator('[data-embed-state="rural"]').waitFor();
		await embed.close();
	});

	it('keeps the slide being shown', async () => {
		const { page, close } = await openPage(browser, '/present/#/industry/results', {
			viewport: PROJECTOR
		});
		// the keys move the slides once the deck is live
		await page.locator('.deck[data-ready]').waitFor();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/industry/both');
		const hash = await page.evaluate(() => location.hash);
		await page.locator('nav.tools').hover();
		await switchTo(page);
		const url = new URL(page.url());
		expect(url.pathname).toBe('/en/present/');
		expect(url.hash).toBe(hash);
		// the deck shows the address's slide once it has mounted
		await page.locator('.deck[data-ready]').waitFor();
		expect(await page.locator('.deck').getAttribute('data-slide')).toBe(hash.slice(2));
		await close();
	});

	it('keeps the data desk’s search, filters and sort', async () => {
		const { page, close } = await openPage(browser, '/data/', { viewport: DESKTOP });
		await page.locator('main[data-ready]').waitFor();
		await page.locator('#desk-kind').selectOption('target');
		await page.locator('#desk-search').fill('GDP');
		await page.locator('#desk-sort').selectOption('year-desc');
		const shown = await page.getByTestId('shown-count').textContent();
		await expect.poll(() => page.evaluate(() => location.search)).toContain('kind=target');
		await switchTo(page);
		expect(new URL(page.url()).pathname).toBe('/en/data/');
		await page.locator('main[data-ready]').waitFor();
		expect(await page.locator('#desk-kind').inputValue()).toBe('target');
		expect(await page.locator('#desk-search').inputValue()).toBe('GDP');
		expect(await page.locator('#desk-sort').inputValue()).toBe('year-desc');
		expect(await page.getByTestId('shown-count').textContent()).toBe(shown);
		await close();
	});
});
