/**
 * Security as a browser enforces it: every page carries a strict Content-Security-Policy and
 * breaks none of it, the host headers hold, and only embed pages may be framed.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, baseURL, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const PAGES = ['/', '/data/', '/sources/', '/about/', '/charts/', '/embed/income-path/'];

/** Every page of the build, as a path: a page added tomorrow is checked without editing a list. */
function builtPages(dir = 'build'): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return builtPages(path);
		return name.endsWith('.html')
			? [
					'/' +
						relative('build', path)
							.replace(/index\.html$/u, '')
							.replace(/\\/gu, '/')
				]
			: [];
	});
}

describe.each(PAGES)('the page %s', (path) => {
	it('has a strict Content-Security-Policy and violates none of it', async () => {
		const { page, errors, foreign, close } = await openPage(browser, path, { viewport: PHONE });
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/u);
		// scroll to the end, so everything that loads late has loaded
		await page.evaluate(() =>
			window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' })
		);
		await page.waitForTimeout(300);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await close();
	});
});

describe('every page of the build', () => {
	const pages = builtPages();

	it('is found', () => {
		expect(pages).toContain('/');
		expect(pages.filter((p) => p.startsWith('/embed/')).length).toBeGreaterThanOrEqual(11);
	});

	it('is served with nosniff and a referrer policy; none but the embeds may be framed', async () => {
		for (const path of pages) {
			const headers = (await fetch(baseURL() + path)).headers;
			expect(headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
			if (/^\/(en\/)?embed\//u.test(path)) {
				// nothing about framing: frame-ancestors * would refuse a sandboxed parent
				expect(headers.get('content-security-policy'), path).toBeNull();
				expect(headers.get('x-frame-options'), path).toBeNull();
			} else {
				expect(headers.get('content-security-policy'), path).toBe("frame-ancestors 'none'");
				expect(headers.get('x-frame-options'), path).toBe('DENY');
			}
		}
	});
});

describe('framing', () => {
	it('refuses to show the story inside another page’s iframe', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(baseURL() + '/about/');
		await page.evaluate((src) => {
			const frame = document.createElement('iframe');
			frame.src = src;
			document.body.append(frame);
		}, baseURL() + '/');
		await page.waitForTimeout(1000);
		const framed = page.frames().find((f) => f !== page.mainFrame());
		const title = await framed?.evaluate(() => document.title).catch(() => '');
		expect(title ?? '').not.toContain('长清');
		await context.close();
	});
});
