/**
 * Every internal link on every page leads somewhere: the page exists, and the #anchor it
 * names is an element on that page. Crawled from / through the prerendered HTML.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe('internal links', () => {
	it('all resolve, anchors included', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const origin = new URL(baseURL()).origin;
		const ids = new Map<string, Set<string>>();
		const links: { from: string; to: string }[] = [];
		const queue = ['/'];
		const broken: string[] = [];

		while (queue.length) {
			const path = queue.shift()!;
			if (ids.has(path)) continue;
			const response = await context.request.get(origin + path);
			if (response.status() !== 200) {
				broken.push(`${path}: HTTP ${response.status()}`);
				ids.set(path, new Set());
				continue;
			}
			if (!(response.headers()['content-type'] ?? '').includes('text/html')) {
				ids.set(path, new Set());
				continue;
			}
			await page.goto(origin + path);
			ids.set(path, new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id))));
			const hrefs = await page.$$eval('a[href]', (els) =>
				els.map((a) => (a as HTMLAnchorElement).href)
			);
			for (const href of hrefs) {
				const url = new URL(href);
				if (url.origin !== origin) continue;
				links.push({ from: path, to: url.pathname + url.hash });
				if (!ids.has(url.pathname)) queue.push(url.pathname);
			}
		}

		for (const { from, to } of links) {
			const [path, hash] = to.split('#') as [string, string | undefined];
			if (hash && !ids.get(path)?.has(decodeURIComponent(hash))) broken.push(`${from} → ${to}`);
		}
		await context.close();
		expect(ids.size).toBeGreaterThan(4);
		expect(broken).toEqual([]);
	});
});
