/**
 * What /charts/ offers for download, as a journalist gets it: for every chart a standalone SVG
 * that parses and carries its title, a PNG at the stated size whose title was drawn, and a CSV
 * of the chart's own figures; and every page's share card and meta.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardPath } from '../../src/lib/meta/meta';
import { builtPages } from '../../scripts/headers';
import { EXPORT_COLUMNS } from '../../src/lib/data/export';
import { parseCsv } from '../csv';
import { baseURL, launch, openPage } from './browser';

const BUILD = resolve('build');
const CHARTS = readdirSync(join(BUILD, 'embed')).sort();

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** A PNG's pixel size, from its header. */
function pngSize(file: string) {
	const png = readFileSync(file);
	expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(CHARTS)('the downloads of %s', (chart) => {
	it('include an SVG that parses, names its fonts and carries the title and sources', async () => {
		const svg = readFileSync(join(BUILD, 'charts', `${chart}.svg`), 'utf8');
		const { page, close } = await openPage(browser, `/embed/${chart}/`);
		const title = (await page.locator('[data-embed-state="final"] h1').textContent())!.trim();
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.localName,
				text: doc.documentElement.textContent ?? '',
				fonts: doc.documentElement.getAttribute('font-family') ?? text.slice(0, 2000)
			};
		}, svg);
		await close();
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('svg');
		expect(parsed.text).toContain(title);
		expect(parsed.text).toContain('来源');
		expect(parsed.fonts).toContain('Noto Sans CJK SC');
		expect(svg).not.toMatch(
			/<foreignObject|<style|<script|https?:\/\/(?!www\.w3\.org|127\.0\.0\.1)/u
		);
	});

	it('include a PNG at twice the SVG’s size whose title is drawn', async () => {
		const svg = readFileSync(join(BUILD, 'charts', `${chart}.svg`), 'utf8');
		const width = Number(/<svg[^>]*\swidth="([\d.]+)"/u.exec(svg)?.[1]);
		const height = Number(/<svg[^>]*\sheight="([\d.]+)"/u.exec(svg)?.[1]);
		const size = pngSize(join(BUILD, 'charts', `${chart}.png`));
		expect(Math.abs(size.width - 2 * width)).toBeLessThanOrEqual(1);
		expect(Math.abs(size.height - 2 * height)).toBeLessThanOrEqual(1);
		// the title's band, top left: some of its pixels are ink, not paper
		const { page, close } = await openPage(browser, '/about/');
		const inked = await page.evaluate(async (src) => {
			const img = new Image();
			img.src = src;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = img.width;
			canvas.height = img.height;
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const { data } = ctx.getImageData(0, 0, Math.min(img.width, 900), 140);
			let dark = 0;
			for (let i = 0; i < data.length; i += 4)
				if (data[i]! + data[i + 1]! + data[i + 2]! < 200) dark++;
			return dark;
		}, `${baseURL()}/charts/${chart}.png`);
		await close();
		expect(inked).toBeGreaterThan(500);
	});

	it('include a PNG for a phone, 1080 px wide, laid out at a phone’s width (taller for its width), in both editions', () => {
		const wide = pngSize(join(BUILD, 'charts', `${chart}.png`));
		for (const file of [
			join(BUILD, 'charts', 'phone', `${chart}.png`),
			join(BUILD, 'en', 'charts', 'phone', `${chart}.png`)
		]) {
			const phone = pngSize(file);
			expect(phone.width, file).toBe(1080);
			expect(phone.height / phone.width, file).toBeGreaterThan(wide.height / wide.width);
		}
	});

	it('include a CSV of the chart’s own figures, UTF-8 with BOM, in the columns of the full export', async () => {
		const response = await fetch(`${baseURL()}/charts/${chart}.csv`);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parseCsv(new TextDecoder().decode(bytes.subarray(3))).filter((r) => r.length > 1);
		expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
		const ids = new Set(rows.slice(1).map((r) => r[0]));
		expect(ids.size).toBe(rows.length - 1);

		// every figure the chart shows, in any state, is a row
		const { page, close } = await openPage(browser, `/embed/${chart}/`);
		const shown = await page.evaluate(() => [
			...new Set([
				...[...document.querySelectorAll('[data-figure-id]')].map((e) =>
					e.getAttribute('data-figure-id')
				),
				...[...document.querySelectorAll('.table-view a[href*="/sources/#"]')].map(
					(a) => a.getAttribute('href')!.split('#')[1]
				)
			])
		]);
		await close();
		// (a schematic, zones-schematic, shows no figure: its CSV is the header alone)
		expect(shown.filter((id) => !ids.has(id!))).toEqual([]);
	});
});

describe('the WeChat pictures', () => {
	it('are a 900×383 cover and a long 1080 px picture in each edition, linked from /charts/', async () => {
		for (const edition of ['', 'en']) {
			const cover = pngSize(join(BUILD, edition, 'share', 'cover.png'));
			expect(cover).toEqual({ width: 900, height: 383 });
			const glance = pngSize(join(BUILD, edition, 'share', 'glance.png'));
			expect(glance.width).toBe(1080);
			expect(glance.height).toBeGreaterThan(2 * glance.width);
			const { page, close } = await openPage(browser, edition ? '/en/charts/' : '/charts/');
			const links = await page
				.locator('.wechat a[download]')
				.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			expect(links.sort()).toEqual(
				[
					`${edition ? '/en' : ''}/share/cover.png`,
					`${edition ? '/en' : ''}/share/glance.png`
				].sort()
			);
			for (const link of links) expect((await fetch(`${baseURL()}${link}`)).status).toBe(200);
			await close();
		}
	});
});

describe('share cards', () => {
	it.each(builtPages(BUILD))(
		'%s has Open Graph and Twitter meta with its own 1200×630 card',
		(page) => {
			const html = readFileSync(join(BUILD, page, 'index.html'), 'utf8');
			const meta = (key: string) =>
				new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'u').exec(html)?.[1];
			expect(meta('og:title')).toBeTruthy();
			expect(meta('og:description')).toBeTruthy();
			expect(meta('twitter:card')).toBe('summary_large_image');
			const image = new URL(meta('og:image')!);
			expect(image.pathname).toBe(cardPath(page));
			expect(meta('twitter:image')).toBe(image.href);
			expect(new URL(meta('og:url')!).pathname).toBe(page);
			expect(pngSize(join(BUILD, image.pathname))).toEqual({ width: 1200, height: 630 });
		}
	);
});

describe('a chapter’s shareable link', () => {
	it('opens the story at that chapter', async () => {
		const { page, close } = await openPage(browser, '/chapters/on-track/');
		await page.waitForURL(/\/#on-track$/u);
		expect(new URL(page.url()).pathname).toBe('/');
		await close();
	});

	it('is linked from its chapter in the story', async () => {
		const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
		expect(html).toMatch(/href="\.\/chapters\/on-track\/"/u);
	});
});

describe('each embed’s oEmbed answer', () => {
	it.each(CHARTS)(
		'%s is linked from its embed page in both editions and served as JSON',
		(chart) => {
			for (const prefix of ['', '/en']) {
				const html = readFileSync(join(BUILD, `${prefix}/embed/${chart}/index.html`), 'utf8');
				const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/u.exec(
					html
				)?.[1];
				expect(href, `${prefix}/embed/${chart}/`).toBeTruthy();
				const path = new URL(href!).pathname;
				expect(path).toBe(`${prefix}/embed/${chart}/oembed.json`);
				const answer = JSON.parse(readFileSync(join(BUILD, path), 'utf8'));
				expect(answer).toMatchObject({ version: '1.0', type: 'rich' });
			}
		}
	);
});
