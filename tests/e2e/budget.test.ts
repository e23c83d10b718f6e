/**
 * Byte budgets, measured as a reader's browser loads the page: the JavaScript `/` fetches
 * before anyone touches it, gzipped as a host would serve it. Bytes, not times, so the test is
 * deterministic; timings belong to the benchmark.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const KB = 1024;

/** The scripts a page has fetched once it settles, with their gzipped sizes from the build. */
async function scriptsLoaded(path: string) {
	const { page, close } = await openPage(browser, path, { viewport: PHONE });
	await page.waitForTimeout(500);
	const urls = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => new URL(e.name).pathname)
			.filter((p) => p.endsWith('.js'))
	);
	await close();
	return urls.map((url) => ({
		url,
		gzip: gzipSync(readFileSync(resolve('build', '.' + url))).length
	}));
}

describe('byte budgets', () => {
	it('keeps the JavaScript / loads before any interaction under 70 KB gzip', async () => {
		const scripts = await scriptsLoaded('/');
		const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
		expect(scripts.length).toBeGreaterThan(0);
		expect(
			total,
			`${(total / KB).toFixed(1)} KB gzip in ${scripts.length} files`
		).toBeLessThanOrEqual(70 * KB);
	});
});

/** Every file under a folder, with its path relative to it. */
function files(dir: string, base = dir): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
	});
}

const BUILD = resolve('build');
const PAGES = files(BUILD).filter((f) => f.endsWith('.html'));

describe('the build', () => {
	it.each(PAGES)('keeps the CSS of %s under 25 KB gzip', (page) => {
		const html = readFileSync(join(BUILD, page), 'utf8');
		const sheets = [...html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet">/gu)].map((m) =>
			resolve(dirname(join(BUILD, page)), m[1]!)
		);
		const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map((m) => m[1]!);
		const total =
			sheets.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0) +
			inline.reduce((sum, css) => sum + gzipSync(css).length, 0);
		expect(total, `${(total / KB).toFixed(1)} KB`).toBeLessThanOrEqual(25 * KB);
	});

	it('ships no font files and no image over 200 KB', () => {
		const all = files(BUILD);
		expect(all.filter((f) => /\.(woff2?|ttf|otf|eot)$/iu.test(f))).toEqual([]);
		const heavy = all.filter(
			(f) =>
				/\.(png|jpe?g|gif|webp|avif|svg)$/iu.test(f) && statSync(join(BUILD, f)).size > 200 * KB
		);
		expect(heavy).toEqual([]);
	});
});
