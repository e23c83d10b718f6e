/**
 * Printing: `/` and `/present/` print as an A4 handout — a chapter a page or two, each chart in
 * its final state with a QR code to the chapter online, no buttons or navigation, nothing
 * wider than the page, the sources at the end.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAPTER_ORDER } from '../../src/lib/story/story';
import { DESKTOP, PHONE, PROJECTOR, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const CHAPTERS = CHAPTER_ORDER.length;

/** The pages of a PDF, counted from its page objects. */
const pageCount = (pdf: Buffer) =>
	pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu)?.length ?? 0;

/**
 * What print shows that it should not, laid out at the printed width (A4 less its margins:
 * 180 mm, 680 px): controls a reader could only click, and anything wider than the page.
 */
async function printProblems(page: Page) {
	await page.setViewportSize({ width: 680, height: 1000 });
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.waitForTimeout(300);
	return page.evaluate(() => {
		const shown = (el: Element) => {
			const box = el.getBoundingClientRect();
			return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
		};
		const name = (el: Element) =>
			`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${el.textContent?.trim().slice(0, 20)}`;
		// a figure's number is a button on screen (it opens the excerpt); on paper it is text
		const controls = [...document.querySelectorAll('button, nav, input, select, textarea')]
			.filter((el) => !el.closest('.figure-tip') && shown(el))
			.map((el) => `control: ${name(el)}`);
		const wide = [...document.querySelectorAll('body *')]
			.filter((el) => !el.closest('.visually-hidden') && shown(el))
			.filter((el) => {
				const box = el.getBoundingClientRect();
				return box.right > 681 || box.left < -1;
			})
			.map((el) => `wider than the page: ${name(el)}`);
		return [...controls, ...wide];
	});
}

/**
 * The least type a printed chart or QR caption sets, in CSS px (1px is 0.75pt on paper): its
 * font size, through every zoom and SVG scale between it and the page.
 */
function leastChartType(page: Page) {
	return page.evaluate(() => {
		let least = { size: Infinity, text: '' };
		for (const root of document.querySelectorAll('.handout [data-chart], .handout figcaption')) {
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const el = n.parentElement!;
				if (!n.textContent?.trim() || el.closest('.visually-hidden, [hidden]')) continue;
				const box = el.getBoundingClientRect();
				if (box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
				const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
				const size =
					parseFloat(getComputedStyle(el).fontSize) *
					((el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1) *
					(ctm ? Math.hypot(ctm.a, ctm.b) : 1);
				if (size < least.size) least = { size, text: n.textContent.trim().slice(0, 30) };
			}
		}
		return least;
	});
}

describe.each([
	['/', DESKTOP],
	['/', PHONE],
	['/present/', PROJECTOR],
	['/en/', DESKTOP],
	['/en/present/', PROJECTOR]
] as const)('printing %s from a %o screen', (path, viewport) => {
	it('gives an A4 handout of one or two pages a chapter, a QR code beside each chart, no buttons or navigation, nothing wider than the page', async () => {
		const { page, errors, close } = await openPage(browser, path, { viewport });
		await page.locator('[data-ready]').first().waitFor();
		const pdf = await page.pdf({ format: 'A4' });
		const pages = pageCount(pdf);
		expect(pages).toBeGreaterThanOrEqual(CHAPTERS);
		expect(pages).toBeLessThanOrEqual(2 * CHAPTERS + 2);
		await page.emulateMedia({ media: 'print' });
		const codes = page.locator('svg.qr').filter({ visible: true });
		expect(await codes.count()).toBe(CHAPTERS);
		// each code is named for what it opens, and each chart is in its chapter's last state
		expect(await codes.first().getAttribute('aria-label')).toMatch(
			path.startsWith('/en/') ? /^Scan/u : /^扫码打开/u
		);
		expect(await printProblems(page)).toEqual([]);
		// the deck's handout is read on paper: no chart label under 9pt (12px)
		if (path.endsWith('/present/')) {
			const least = await leastChartType(page);
			expect(least.size, `"${least.text}"`).toBeGreaterThanOrEqual(12);
		}
		expect(errors).toEqual([]);
		await close();
	});
});

describe('printing the story after reading part of it', () => {
	it('prints every chart in its final state, then gives the reader back the step being read', async () => {
		const { page, close } = await openPage(browser, '/', { viewport: DESKTOP });
		await page.locator('main[data-ready]').waitFor();
		// read into 蓝图, to a step whose state is not the last one, which the
		// page was prerendered with: once the chart shows it, the chapter is live
		const state = () => page.locator('#targets figure[data-chart]').getAttribute('data-state');
		const prerendered = await state();
		const steps = page.locator('#targets .step');
		const states = await steps.evaluateAll((els) => els.map((el) => el.getAttribute('data-state')));
		const reading = states.findIndex((s, i) => i < states.length - 1 && s !== prerendered);
		const early = states[reading]!;
		await steps
			.nth(reading)
			.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
		await expect.poll(state).toBe(early);
		// the scroll settles (Scrollama may report the step again) before the reader prints
		await page.waitForTimeout(500);
		expect(await state()).toBe(early);
		const last = states.at(-1);
		expect(last).not.toBe(early);
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		expect(await state()).toBe(last);
		// and stays there while the print lays the page out anew, whatever the scroll reports
		await page.waitForTimeout(500);
		expect(await state()).toBe(last);
		await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		await expect.poll(state).toBe(early);
		await close();
	});
});

describe('printing /present/ without scripts', () => {
	it('gives the note that leads to the story, which prints as a handout, not a blank page', async () => {
		const { page, close } = await openPage(browser, '/present/', {
			viewport: PROJECTOR,
			javaScriptEnabled: false
		});
		await page.emulateMedia({ media: 'print' });
		const note = page.locator('.no-script');
		await expect.poll(() => note.isVisible()).toBe(true);
		const href = await note.getByRole('link').getAttribute('href');
		expect(new URL(href!, page.url()).pathname).toBe('/');
		expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
		await close();
	});
});
