/**
 * Every chart's downloads, beside its CSV: `build/charts/<id>.svg`, a standalone SVG made from
 * the chart as Chromium lays it out in its embed page (title, chapter, sources and credit
 * inside; see chart-svg.ts), and `build/charts/<id>.png`, that same SVG drawn by resvg at 2×
 * with the CJK fonts given explicitly. A PNG that has lost its text fails the build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { localePath, type Locale } from '../src/lib/i18n/locale';
import { assertTextDrawn, chartSvg, CJK_FONT_FILES, renderPng } from './chart-svg';

/** The width a download is laid out at: a newspaper column and a half. */
const CHART_WIDTH = 720;
const SCALE = 2;

/** The charts: every embed page the build has (one per chart, by the route's `entries`). */
export async function chartIds(base: string, browser: Browser): Promise<string[]> {
	const page = await browser.newPage();
	await page.goto(`${base}/charts/`);
	const ids = await page.locator('main section[id]').evaluateAll((els) => els.map((e) => e.id));
	await page.close();
	if (ids.length === 0) throw new Error('downloads: /charts/ lists no chart');
	return ids;
}

/**
 * One edition's downloads, drawn from its embeds: `/charts/<id>.svg` in Chinese,
 * `/en/charts/<id>.svg` in English (the CSV, which names every metric in both, is shared).
 */
export async function chartDownloads(
	build: string,
	base: string,
	browser: Browser,
	ids: string[],
	origin: string,
	locale: Locale
) {
	const dir = join(build, localePath(locale, '/charts/'));
	mkdirSync(dir, { recursive: true });
	const page = await browser.newPage({ viewport: { width: CHART_WIDTH, height: 900 } });
	// tsx wraps functions defined inside page.evaluate's callback in a `__name` helper
	await page.addInitScript('globalThis.__name ??= (f) => f');
	for (const id of ids) {
		const started = Date.now();
		const embed = localePath(locale, `/embed/${id}/`);
		await page.goto(`${base}${embed}`, { waitUntil: 'load' });
		const frame = '[data-embed-state="final"] figure.chart-frame';
		// the words around the chart, as its embed page words them
		const meta = await page.evaluate((selector) => {
			const text = (s: string) => document.querySelector(s)?.textContent?.trim() ?? '';
			const [source = '', credit = ''] = [...document.querySelectorAll('.credit p')].map((p) =>
				(p.textContent ?? '').replace(/\s+/gu, ' ').trim()
			);
			return {
				title: text(`${selector} .title`),
				subtitle: text('.chapter'),
				source,
				credit: credit.replace(/\s*·[^·]*$/u, ''),
				lang: document.documentElement.lang === 'en' ? ('en' as const) : ('zh-CN' as const)
			};
		}, frame);
		if (!meta.title) throw new Error(`downloads: ${embed} has no chart title`);
		meta.credit = `${meta.credit} · ${new URL(embed, origin).href}`;
		const { svg, textBoxes } = await chartSvg(page, `${frame}`, meta);
		const { png, width, height } = renderPng(svg, SCALE, CJK_FONT_FILES);
		assertTextDrawn(join(dir, `${id}.png`), png, textBoxes, SCALE);
		writeFileSync(join(dir, `${id}.svg`), svg);
		writeFileSync(join(dir, `${id}.png`), png);
		console.info(`  ${locale} ${id}: svg + png ${width}×${height} (${Date.now() - started} ms)`);
	}
	await page.close();
}
