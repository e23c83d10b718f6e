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

/** Every file under a folder, with its path relative to it. */
function files(dir: string, base = dir): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
	});
}

const BUILD = resolve('build');
describe('byte budgets', () => {
	const embeds = files(BUILD)
		.filter((f) => /^embed\/[^/]+\/index\.html$/u.test(f.split('\\').join('/')))
		.map(
			(f) =>
				'/' +
				f
					.split('\\')
					.join('/')
					.replace(/index\.html$/u, '')
		);

	it.each(embeds)('keeps the JavaScript of the embed %s under 30 KB gzip', async (path) => {
		const scripts = await scriptsLoaded(path);
		const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
		expect(scripts.length).toBeGreaterThan(0);
		expect(
			total,
			`${(total / KB).toFixed(1)} KB gzip in ${scripts.length} files`
		).toBeLessThanOrEqual(30 * KB);
	});

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

const PAGES = files(BUILD).filter((f) => f.endsWith('.html'));

describe('the build', () => {
	it('keeps the data inlined in /’s HTML under 4 KB: the chapters fetch theirs as they wake', () => {
		const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
		const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/gu)].map((m) => m[1]!);
		expect(inline.length).toBeGreaterThan(0);
		const total = inline.reduce((sum, js) => sum + Buffer.byteLength(js), 0);
		expect(total, `${(total / KB).toFixed(1)} KB`).toBeLessThanOrEqual(4 * KB);
	});

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

	it('ships no font files and no image over 200 KB (a share card 400 KB, a chart download 1 MB)', () => {
		const all = files(BUILD);
		expect(all.filter((f) => /\.(woff2?|ttf|otf|eot)$/iu.test(f))).toEqual([]);
		const images = all.filter((f) => /\.(png|jpe?g|gif|webp|avif|svg)$/iu.test(f));
		// no page fetches a chart's download (charts/<id>.png at 2×, charts/phone/<id>.png), the
		// WeChat pictures (share/) or a share card (cards/)
		const path = (f: string) => f.split('\\').join('/');
		const download = (f: string) =>
			/^(en\/)?(charts\/(phone\/)?[^/]+\.(png|svg)|share\/[^/]+\.png)$/u.test(path(f));
		const limit = (f: string) =>
			(download(f) ? 1024 : path(f).startsWith('cards/') ? 400 : 200) * KB;
		expect(images.filter((f) => statSync(join(BUILD, f)).size > limit(f))).toEqual([]);
		expect(images.filter(download).length).toBeGreaterThan(0);
	});
});
