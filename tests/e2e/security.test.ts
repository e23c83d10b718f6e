/**
 * Security as a browser enforces it: every page carries a strict Content-Security-Policy and
 * breaks none of it, the host headers hold, and only embed pages may be framed.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, baseURL, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const PAGES = ['/', '/data/', '/sources/', '/about/', '/charts/'];

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

	it('is served with nosniff, a referrer policy, and may not be framed', async () => {
		const { page, close } = await openPage(browser, '/about/', { viewport: PHONE });
		const response = await page.request.get(baseURL() + path);
		const headers = response.headers();
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['content-security-policy']).toBe("frame-ancestors 'none'");
		await close();
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
