/**
 * The presentation at /present/, on a projector's 1920×1080: the keys and clickers presenters
 * use, the address that holds the place, the overview, the black screen, full screen, and the
 * presenter's view in a second window kept in step.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryData } from '../../src/lib/story/data';
import { LOCALES, localePath } from '../../src/lib/i18n/locale';
import { PROJECTOR, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** The slides as the story has them: a cover, every step, the sources. */
const story = JSON.parse(readFileSync(resolve('build/story/zh.json'), 'utf8')) as StoryData;
const steps = story.chapters.flatMap((c) =>
	c.steps.map((s) => ({ key: `${c.id}/${s.id}`, chart: c.chart, state: s.state }))
);
const COUNT = steps.length + 2;

async function openDeck(path: string) {
	const watched = await openPage(browser, path, { viewport: PROJECTOR });
	await watched.page.locator('.deck[data-ready]').waitFor();
	return watched;
}

/** What the projector shows: the slide's key, its chart and state, and the counter. */
const shown = (page: Page) =>
	page.evaluate(() => {
		const slide = document.querySelector<HTMLElement>('.stage .slide')!;
		const frame = slide.querySelector<HTMLElement>('.chart-frame');
		return {
			key: slide.dataset.slide,
			hash: location.hash,
			chart: frame?.dataset.chart,
			state: frame?.dataset.state,
			counter: slide.querySelector('.counter')?.textContent
		};
	});

/** Both editions present alike: Chinese at /present/, English at /en/present/. */
const DECKS = LOCALES.map((locale) => ({ locale, deck: localePath(locale, '/present/') }));

describe.each(DECKS)('the $locale edition', ({ deck }) => {
	describe('the slides', () => {
		it('go forward and back by every key presenters use, each step’s chart in its state, the address following', async () => {
			const { page, errors, close } = await openDeck(deck);
			expect((await shown(page)).key).toBe('cover');
			for (const [i, step] of steps.entries()) {
				// the keys of a keyboard and of a clicker, in turn
				await page.keyboard.press(['ArrowRight', 'PageDown', ' ', 'ArrowDown', 'n'][i % 5]!);
				expect(await shown(page)).toEqual({
					key: step.key,
					hash: `#/${step.key}`,
					chart: step.chart,
					state: step.state,
					counter: `${i + 2} / ${COUNT}`
				});
			}
			await page.keyboard.press('ArrowRight');
			expect((await shown(page)).key).toBe('sources');
			// past the end stays at the end
			await page.keyboard.press('ArrowRight');
			expect((await shown(page)).key).toBe('sources');
			for (const key of ['ArrowLeft', 'PageUp', 'ArrowUp', 'p']) {
				const before = await page.evaluate(() =>
					document.querySelector('.deck')!.getAttribute('data-index')
				);
				await page.keyboard.press(key);
				const after = await page.evaluate(() =>
					document.querySelector('.deck')!.getAttribute('data-index')
				);
				expect(Number(after)).toBe(Number(before) - 1);
			}
			await page.keyboard.press('Home');
			expect((await shown(page)).key).toBe('cover');
			await page.keyboard.press('End');
			expect((await shown(page)).key).toBe('sources');
			expect(errors).toEqual([]);
			await close();
		});

		it('open at the slide the address names, by key or by number, and resume there after a reload', async () => {
			const step = steps[20]!;
			const { page, close } = await openDeck(`${deck}#/${step.key}`);
			expect((await shown(page)).state).toBe(step.state);
			await page.keyboard.press('ArrowRight');
			await page.reload();
			await page.locator('.deck[data-ready]').waitFor();
			expect((await shown(page)).key).toBe(steps[21]!.key);
			await page.goto(page.url().replace(/#.*/u, '#/12'));
			await page.reload();
			await page.locator('.deck[data-ready]').waitFor();
			expect(await shown(page)).toMatchObject({ key: steps[10]!.key, hash: `#/${steps[10]!.key}` });
			await close();
		});

		it('jump with G and a number, and from the overview’s thumbnails', async () => {
			const { page, close } = await openDeck(deck);
			await page.keyboard.press('g');
			await page.keyboard.press('1');
			await page.keyboard.press('2');
			await expect.poll(() => page.locator('.jump').textContent()).toContain('12');
			await page.keyboard.press('Enter');
			expect((await shown(page)).counter).toBe(`12 / ${COUNT}`);
			expect(await page.locator('.jump').count()).toBe(0);

			await page.keyboard.press('o');
			const overview = page.getByRole('dialog');
			await expect.poll(() => overview.locator('ol.thumbs > li').count()).toBe(COUNT);
			// the current slide's thumbnail has focus; a click on another lands there
			expect(await page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe(
				'11'
			);
			await overview.locator('button[data-index="30"]').click();
			expect(await overview.count()).toBe(0);
			expect((await shown(page)).key).toBe(steps[29]!.key);
			// Esc closes the overview where it was opened
			await page.keyboard.press('o');
			await page.keyboard.press('Escape');
			expect(await page.getByRole('dialog').count()).toBe(0);
			expect((await shown(page)).key).toBe(steps[29]!.key);
			await close();
		});

		it('go forward on a click on the right half, back on the left', async () => {
			const { page, close } = await openDeck(`${deck}#/${steps[5]!.key}`);
			// a click on a number opens its source instead: click where nothing is a control
			const plain = (x: number) =>
				page.evaluate((x) => {
					for (let y = 0.5; y < 0.95; y += 0.05) {
						const at = document.elementFromPoint(x, innerHeight * y);
						if (at && !at.closest('button, a, summary, [tabindex]')) return innerHeight * y;
					}
					throw new Error(`nothing but controls down the slide at x = ${x}`);
				}, x);
			const click = async (x: number) => page.mouse.click(x, await plain(x));
			await click(PROJECTOR.width * 0.9);
			expect((await shown(page)).key).toBe(steps[6]!.key);
			await click(PROJECTOR.width * 0.1);
			await click(PROJECTOR.width * 0.1);
			expect((await shown(page)).key).toBe(steps[4]!.key);
			await close();
		});

		it('black out with B or . and come back', async () => {
			const { page, close } = await openDeck(deck);
			const black = page.locator('.stage .black');
			await page.keyboard.press('b');
			expect(await black.isVisible()).toBe(true);
			await page.keyboard.press('b');
			expect(await black.count()).toBe(0);
			await page.keyboard.press('.');
			expect(await black.isVisible()).toBe(true);
			await page.keyboard.press('.');
			expect(await black.count()).toBe(0);
			await close();
		});

		it('go full screen with F and leave it with F or Esc; a clicker’s F5 starts full screen instead of reloading', async () => {
			const { page, close } = await openDeck(deck);
			const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
			await page.keyboard.press('f');
			await expect.poll(fullscreen).toBe(true);
			await page.keyboard.press('f');
			await expect.poll(fullscreen).toBe(false);
			// F5 then Esc, as a clicker's start button sends them
			await page.evaluate(() => ((window as unknown as { still: boolean }).still = true));
			await page.keyboard.press('F5');
			await expect.poll(fullscreen).toBe(true);
			await page.keyboard.press('Escape');
			await expect.poll(fullscreen).toBe(false);
			await page.keyboard.press('F5');
			await expect.poll(fullscreen).toBe(true);
			// the same document all along: F5 did not reload it
			expect(await page.evaluate(() => (window as unknown as { still?: boolean }).still)).toBe(
				true
			);
			await close();
		});

		it('leave the keys of a text field alone', async () => {
			const { page, close } = await openDeck(deck);
			await page.evaluate(() => {
				const input = document.createElement('input');
				input.id = 'probe';
				document.body.append(input);
			});
			await page.locator('#probe').focus();
			await page.keyboard.press('ArrowRight');
			await page.keyboard.type('nb');
			expect((await shown(page)).key).toBe('cover');
			expect(await page.locator('.stage .black').count()).toBe(0);
			await close();
		});

		it('show every slide’s words whole, in type readable from the back of a hall (28 px or more)', async () => {
			const { page, close } = await openDeck(deck);
			for (let i = 0; i < COUNT; i++) {
				const problems = await page.evaluate(() => {
					const slide = document.querySelector<HTMLElement>('.stage .slide')!;
					const found: string[] = [];
					for (const el of slide.querySelectorAll<HTMLElement>('.words, .cover-text, .end-text'))
						if (el.scrollHeight > el.clientHeight + 1)
							found.push(`${slide.dataset.slide}: words cut off`);
					for (const el of slide.querySelectorAll<HTMLElement>(
						'h1, h2, .kicker, .lines, .dek, .end-text li, .counter'
					)) {
						const size = parseFloat(getComputedStyle(el).fontSize) * el.currentCSSZoom;
						if (size < 28)
							found.push(`${slide.dataset.slide}: ${el.className} at ${size.toFixed(1)} px`);
					}
					return found;
				});
				expect(problems).toEqual([]);
				await page.keyboard.press('ArrowRight');
			}
			await close();
		});
	});

	describe('the presenter’s view', () => {
		it('opens with S beside the slides, shows the next slide and the notes, and both windows stay in step', async () => {
			const { page, errors, close } = await openDeck(`${deck}#/${steps[3]!.key}`);
			const [presenter] = await Promise.all([
				page.context().waitForEvent('page'),
				page.keyboard.press('s')
			]);
			await presenter.locator('.deck[data-ready]').waitFor();
			const where = (p: Page) =>
				p.evaluate(() => document.querySelector<HTMLElement>('.stage .slide')?.dataset.slide);
			expect(await where(presenter)).toBe(steps[3]!.key);
			expect(await presenter.locator('.side .next .slide').getAttribute('data-slide')).toBe(
				steps[4]!.key
			);
			expect(await presenter.locator('.notes').textContent()).not.toBe('');
			expect(await presenter.locator('.clock').textContent()).toMatch(/^\d\d:\d\d$/u);

			// the presenter's keys move the projector, and the projector's keys the presenter
			await presenter.keyboard.press('ArrowRight');
			await expect.poll(() => where(page)).toBe(steps[4]!.key);
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => where(presenter)).toBe(steps[6]!.key);
			// the black screen from the laptop blacks out the projector, not the laptop
			await presenter.keyboard.press('b');
			await expect.poll(() => page.locator('.stage .black').count()).toBe(1);
			expect(await presenter.locator('.stage .black').count()).toBe(0);
			expect(await presenter.locator('.blanked').isVisible()).toBe(true);
			await presenter.keyboard.press('b');
			await expect.poll(() => page.locator('.stage .black').count()).toBe(0);
			expect(errors).toEqual([]);
			await close();
		});
	});

	describe('accessibility', () => {
		it('has no axe violations on a slide, the overview and the presenter’s view', async () => {
			const axe = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
			const check = async (page: Page) => {
				await page.addScriptTag({ content: axe });
				return page.evaluate(async () => {
					// @ts-expect-error axe is injected above
					const result = await window.axe.run(document, { resultTypes: ['violations'] });
					return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map(
						(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
					);
				});
			};
			for (const path of [`${deck}#/${steps[8]!.key}`, `${deck}presenter/#/${steps[8]!.key}`]) {
				const { page, close } = await openPage(browser, path, {
					viewport: PROJECTOR,
					bypassCSP: true
				});
				await page.locator('.deck[data-ready]').waitFor();
				expect(await check(page)).toEqual([]);
				await close();
			}
			const { page, close } = await openPage(browser, deck, {
				viewport: PROJECTOR,
				bypassCSP: true
			});
			await page.locator('.deck[data-ready]').waitFor();
			await page.keyboard.press('o');
			expect(await check(page)).toEqual([]);
			await close();
		});
	});
});
