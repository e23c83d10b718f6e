/**
 * Hostile addresses, in the pages themselves: query strings and hashes full of markup, huge,
 * malformed or odd values. Every page still renders, nothing is injected, nothing throws.
 * What each reader of the address makes of every value is unit-tested
 * (tests/unit/hostile-urls.test.ts); here the values go in a few at a time, into every
 * parameter a page reads, to prove the pages are wired to those readers and survive them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE } from '../hostile';
import { PHONE, baseURL, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** Every parameter a page reads: the desk's filters and sort, an embed's state, the deck's choice. */
const PARAMS = ['q', 'category', 'year', 'sort', 'state', 'theme', 'slides'];

/**
 * Two addresses a page: every value in a parameter (paired, seven parameters for fourteen
 * values) and in an escaped hash, then every value in a raw hash. The readers themselves take
 * each value alone in the unit test; here what matters is that the page reads them and lives.
 */
function addresses(path: string): string[] {
	const half = Math.ceil(HOSTILE.length / 2);
	// a query string is cut where hosts cut URLs (8 KB); hashes never reach the server
	const query = PARAMS.map((p, j) => {
		const pair = [HOSTILE[j % half]!, HOSTILE[(j % half) + half] ?? ''].join('');
		return `${p}=${encodeURIComponent(pair.slice(0, 500))}`;
	}).join('&');
	return [
		`${path}?${query}#${encodeURIComponent(HOSTILE.join(''))}`,
		`${path}#${HOSTILE.join('')}`
	];
}

/** Each page, and what marks it started, its scripts having read the address (none: no marker). */
const PAGES: [string, string | undefined][] = [
	['/', 'main[data-ready]'],
	['/data/', 'main[data-ready]'],
	['/sources/', undefined],
	['/charts/', undefined],
	['/present/', '.deck[data-ready]']
];

describe.each(PAGES)('the page %s', (path, ready) => {
	it('survives hostile query strings and hashes', async () => {
		const { page, errors, close } = await openPage(browser, path, { viewport: PHONE });
		for (const url of addresses(path)) {
			await page.goto(baseURL() + url, { waitUntil: ready ? 'load' : 'networkidle' });
			// the page has started: its scripts have read the address
			if (ready) await page.locator(ready).waitFor();
			expect(await page.locator('h1, h2').count(), url).toBeGreaterThan(0);
			expect(
				await page.evaluate(() => (window as { __pwned?: number }).__pwned),
				url
			).toBeUndefined();
			expect(await page.locator('img[src="x"], svg[onload]').count(), url).toBe(0);
		}
		expect(errors).toEqual([]);
		await close();
	});
});
