/**
 * Hostile addresses: query strings and hashes full of markup, huge, malformed or odd values.
 * Every page still renders, nothing is injected, nothing throws.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, baseURL, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const HOSTILE = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	'javascript:window.__pwned=1',
	'A'.repeat(10_000),
	'\u202e\ufeff\u200b',
	'-1',
	'NaN',
	'1e309',
	'%',
	'%E0%A4%A',
	'../../etc/passwd',
	'baseline"><svg onload=window.__pwned=1>'
];

describe.each(['/', '/data/', '/sources/', '/charts/'])('the page %s', (path) => {
	it('survives hostile query strings and hashes', async () => {
		const { page, errors, close } = await openPage(browser, path, { viewport: PHONE });
		for (const value of HOSTILE) {
			// hashes never reach the server; a query string is cut where hosts cut URLs (8 KB)
			const query = encodeURIComponent(value.slice(0, 3000));
			const hash = encodeURIComponent(value);
			for (const url of [
				`${path}?q=${query}&state=${query}`,
				`${path}#${hash}`,
				`${path}#${value}`
			]) {
				await page.goto(baseURL() + url);
				await page.waitForTimeout(50);
				expect(await page.locator('h1').count(), url).toBeGreaterThan(0);
				expect(
					await page.evaluate(() => (window as { __pwned?: number }).__pwned),
					url
				).toBeUndefined();
				expect(await page.locator('img[src="x"], svg[onload]').count(), url).toBe(0);
			}
		}
		expect(errors).toEqual([]);
		await close();
	});
});
