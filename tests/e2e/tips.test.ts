/**
 * A number's source, as a reader reaches it: on a phone one tap opens it as a sheet along the
 * bottom of the screen, a tap elsewhere, a second tap on the number or the sheet's own button
 * closes it, and its link
 * leads to the source; with a mouse it shows while over the number and stays after a click;
 * from the keyboard it shows on focus and Escape closes it. Language plays no part: Chinese only.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** A figure of the story's copy, far enough down the page, once its chapter has come alive. */
async function figure(page: Page, n = 5): Promise<Locator> {
	const tip = page.locator('section.chapter .figure-tip').nth(n);
	await tip.scrollIntoViewIfNeeded();
	await page.locator('section.chapter .figure-tip.live').nth(n).waitFor();
	return tip;
}

const expanded = (tip: Locator) => tip.locator('button.value').getAttribute('aria-expanded');

describe('a number’s source on a phone', () => {
	const phone = { viewport: PHONE, hasTouch: true, isMobile: true };

	it('is a target at least 24 px tall in a chart, where its type is small, with its words where they were', async () => {
		const { page, close } = await openPage(browser, '/', phone);
		const chart = page.locator('section#livelihood figure[data-chart]');
		await chart.scrollIntoViewIfNeeded();
		await page.locator('section#livelihood .plot .figure-tip.live').first().waitFor();
		const sizes = await chart.evaluate((figure) =>
			[...figure.querySelectorAll<HTMLElement>('.plot button.value')]
				.filter((b) => b.checkVisibility())
				.map((b) => {
					const box = b.getBoundingClientRect();
					const range = document.createRange();
					range.selectNodeContents(b);
					const words = range.getBoundingClientRect();
					// the tap lands on the number anywhere in its box, above its words too
					const hit = document.elementFromPoint(box.left + box.width / 2, box.top + 2);
					return {
						number: b.textContent!.trim(),
						height: Math.round(box.height),
						below: Math.round(box.bottom - words.bottom),
						reached: !!hit && b.contains(hit)
					};
				})
		);
		expect(sizes.length).toBeGreaterThan(2);
		for (const s of sizes) {
			expect(s.height, s.number).toBeGreaterThanOrEqual(24);
			// it grows upward: the dotted line stays under the number
			expect(s.below, s.number).toBeLessThanOrEqual(2);
		}
		expect(sizes.filter((s) => s.reached).length).toBeGreaterThan(2);
		await close();
	});

	it('opens on one tap, as a sheet inside the screen, and closes on a tap elsewhere', async () => {
		const { page, close } = await openPage(browser, '/', phone);
		const tip = await figure(page);
		await tip.locator('button.value').tap();
		expect(await expanded(tip)).toBe('true');
		const box = (await tip.locator('.tip').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(Math.round(box.y + box.height)).toBeLessThanOrEqual(PHONE.height);
		// the source's own words and the document they come from
		expect(await tip.locator('.tip .cite a').textContent()).toBeTruthy();
		await page.touchscreen.tap(10, 10);
		expect(await expanded(tip)).toBe('false');
		expect(await tip.locator('.tip').isVisible()).toBe(false);
		await close();
	});

	it('opens on the first tap at the bottom of the first screen, before scripts wake it, and the same tap never follows the sheet’s link', async () => {
		const { page, close } = await openPage(browser, '/', phone);
		// the first screen's numbers come alive on the reader's first move: this tap is it
		const buttons = page.locator('.hero-strip .figure-tip button.value');
		const low = await buttons.evaluateAll((all) =>
			all.findIndex((b) => {
				const r = b.getBoundingClientRect();
				return r.bottom < innerHeight && r.bottom > innerHeight - 120;
			})
		);
		expect(low, 'a number in the last 120 px of the first screen').toBeGreaterThanOrEqual(0);
		const box = (await buttons.nth(low).boundingBox())!;
		await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		// it shows at once (focus opens it); the attribute says so once the scripts have woken,
		// which on a machine running another browser beside this one can take several seconds
		await expect
			.poll(() => buttons.nth(low).getAttribute('aria-expanded'), { timeout: 15_000 })
			.toBe('true');
		expect(new URL(page.url()).pathname).toBe('/');
		await close();
	});

	it('stays open when the tap that opened it before scripts ran ends only after they woke', async () => {
		const { page, close } = await openPage(browser, '/', phone);
		const button = page.locator('.hero-strip .figure-tip button.value').first();
		// the tap's press: it focuses the number, and its pointerdown wakes the first screen
		await button.focus();
		await page.evaluate(() =>
			window.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch' }))
		);
		// and its click, a moment after the script has woken the number (dispatched in the page
		// within a frame of it: from here, a round trip under a full run's load took over the
		// half second a tap's press and release take)
		await page.evaluate(async () => {
			const tip = document.querySelector('.hero-strip .figure-tip')!;
			while (!tip.classList.contains('live'))
				await new Promise((done) => requestAnimationFrame(done));
			tip.querySelector<HTMLButtonElement>('button.value')!.click();
		});
		expect(await button.getAttribute('aria-expanded')).toBe('true');
		// a second tap, later, closes it
		await page.waitForTimeout(600);
		await button.dispatchEvent('click');
		await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
		await close();
	});

	it('closes on a second tap on the number, and from the sheet’s own button, the number keeping the focus', async () => {
		const { page, close } = await openPage(browser, '/', phone);
		const tip = await figure(page);
		const button = tip.locator('button.value');
		await button.tap();
		expect(await expanded(tip)).toBe('true');
		await button.tap();
		expect(await expanded(tip)).toBe('false');
		await button.tap();
		const shut = tip.locator('.tip button.close');
		expect(await shut.textContent()).toBe('关闭');
		// at least a thumb wide and tall, inside the screen
		const box = (await shut.boundingBox())!;
		expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
		expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
		// it takes taps a moment after the sheet shows (the tap that opened it is not one)
		await expect.poll(() => shut.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('auto');
		await shut.tap();
		expect(await expanded(tip)).toBe('false');
		expect(await tip.locator('.tip').isVisible()).toBe(false);
		expect(await tip.locator('button.value').evaluate((el) => el === document.activeElement)).toBe(
			true
		);
		// and the next tap on the number opens it again
		await tip.locator('button.value').tap();
		expect(await expanded(tip)).toBe('true');
		await close();
	});

	it('leads to the figure on the sources page from the link in the sheet', async () => {
		const { page, close } = await openPage(browser, '/', phone);
		const tip = await figure(page);
		const id = await tip.getAttribute('data-figure-id');
		await tip.locator('button.value').tap();
		await tip.locator('.tip a').first().tap();
		await page.waitForURL(`**/sources/#${id}`);
		await close();
	});
});

describe('a number’s source with a mouse and a keyboard', () => {
	it('shows while the mouse is over the number, and stays after a click', async () => {
		const { page, close } = await openPage(browser, '/', { viewport: DESKTOP });
		const tip = await figure(page);
		const button = tip.locator('button.value');
		await page.mouse.move(1, 1);
		await button.hover();
		expect(await expanded(tip)).toBe('true');
		await page.mouse.move(1, 1);
		expect(await expanded(tip)).toBe('false');
		await button.click();
		await page.mouse.move(1, 1);
		expect(await expanded(tip)).toBe('true');
		await page.mouse.click(1, DESKTOP.height / 2);
		expect(await expanded(tip)).toBe('false');
		await close();
	});

	it('shows on focus and closes on Escape', async () => {
		const { page, close } = await openPage(browser, '/', { viewport: DESKTOP });
		const tip = await figure(page);
		await tip.locator('button.value').focus();
		expect(await expanded(tip)).toBe('true');
		expect(await tip.locator('.tip').isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		expect(await expanded(tip)).toBe('false');
		await close();
	});
});

describe('what a source says, in a tip', () => {
	it('reads a row of the plan’s table under the table’s own column heads, its close button clear of it, and says in one sentence where sources disagree', async () => {
		const { page, close } = await openPage(browser, '/', {
			viewport: PHONE,
			hasTouch: true,
			isMobile: true
		});
		// the 2025 population target: row 1 of Box 1, whose own numbers do not agree
		const tip = page
			.locator('section.chapter .card .figure-tip[data-figure-id="population-2025-target"]')
			.first();
		await tip.scrollIntoViewIfNeeded();
		await page
			.locator('section.chapter .card .figure-tip.live[data-figure-id="population-2025-target"]')
			.first()
			.waitFor();
		await tip.locator('button.value').tap();
		const sheet = tip.locator('.tip');
		expect(await sheet.locator('.reading').textContent()).toBe(
			'专栏1 第1行｜常住人口｜2020年完成 59.55万人｜2025年目标 67万人｜年均增长（%） 2｜属性 预期性'
		);
		expect(await sheet.locator('.why').textContent()).toMatch(/^同一行的三个数对不上/u);
		// the sheet's close button heads it, above the row it reads, not over it
		const button = (await sheet.locator('.close').boundingBox())!;
		const reading = (await sheet.locator('.reading').boundingBox())!;
		expect(button.y + button.height).toBeLessThanOrEqual(reading.y + 1);
		await close();
	});
});
