/**
 * The English edition as its reader meets it: every Chinese page has an English twin; an English
 * page is English, but for the Chinese it quotes, which is marked as Chinese; each page names
 * its language, its twin and its canonical address; and the language switch leads to the same
 * place in the other language: the chapter being read, the chart, the slide, the desk's filters.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/headers';
import { DESKTOP, PHONE, PROJECTOR, baseURL, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const english = builtPages(resolve('build')).filter((p) => p.startsWith('/en/'));

/**
 * The page's text, with what is marked Chinese (`lang="zh-CN"`: excerpts, names) left out;
 * hidden text too (figure tips, tables), since a screen reader reads it.
 */
function englishText(page: Page): Promise<{ text: string; han: string[] }> {
	return page.evaluate(() => {
		const parts: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement!;
			if (parent.closest('script, style, noscript, template')) continue;
			if (parent.closest('[lang]')?.getAttribute('lang')?.startsWith('zh')) continue;
			parts.push(node.textContent ?? '');
		}
		// the page's own words that a reader meets outside the text: labels and titles
		for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
			if (el.closest('[lang]')?.getAttribute('lang')?.startsWith('zh')) continue;
			for (const a of ['aria-label', 'title', 'alt', 'placeholder'])
				parts.push(el.getAttribute(a) ?? '');
		}
		const text = parts.join(' ').replace(/\s+/gu, '');
		return { text, han: text.match(/\p{Script=Han}+/gu) ?? [] };
	});
}

describe('an English page', () => {
	it('is in English, every one, but for the Chinese it marks as Chinese', async () => {
		const { page, close } = await openPage(browser, english[0]!, {
			viewport: DESKTOP,
			javaScriptEnabled: false
		});
		const problems: string[] = [];
		for (const path of english) {
			await page.goto(baseURL() + path);
			const { text, han } = await englishText(page);
			const chars = han.join('').length;
			// at most one character in two hundred, and no run of Chinese that is not marked
			if (chars / text.length >= 0.005) problems.push(`${path}: ${han.join(' ')}`);
			const runs = han.filter((h) => h.length > 1);
			if (runs.length) problems.push(`${path}: unmarked ${runs.join(' ')}`);
		}
		expect(english.length).toBeGreaterThan(20);
		expect(problems).toEqual([]);
		await close();
	});
});

describe('the language switch', () => {
	const switchTo = async (page: Page) => {
		// a page without the framework (an embed) has its own script; the others hydrate the link
		if (!new URL(page.url()).pathname.includes('/embed/'))
			await page.locator('a.language-switch[data-live]').waitFor();
		await Promise.all([page.waitForURL(() => true), page.locator('a.language-switch').click()]);
		await page.waitForLoadState('networkidle');
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
		expect(await embed.page.locator('[data-embed-state="rural"]').isVisible()).toBe(true);
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
