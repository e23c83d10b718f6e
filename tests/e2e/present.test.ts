/**
 * The presentation at /present/, on a projector's 1920×1080: the keys and clickers presenters
 * use, the address that holds the place, the overview, the black screen, full screen, the
 * presenter's view in a second window kept in step, every slide as the back of a hall sees it,
 * the deck one chooses, the cover one sets, the .pptx and the 16:9 print.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { SHORT_EDITION } from '../../src/lib/present/slides';
import type { StoryData } from '../../src/lib/story/story-data';
import { LOCALES, localePath } from '../../src/lib/i18n/locale';
import { PROJECTOR, axeViolations, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** The slides as the story has them: a cover, every step, the close and the appendix. */
const story = JSON.parse(readFileSync(resolve('build/story/zh.json'), 'utf8')) as StoryData;
const steps = story.chapters.flatMap((c) =>
	c.steps.map((s) => ({ key: `${c.id}/${s.id}`, chart: c.chart, state: s.state }))
);
const COUNT = steps.length + 3;
/**
 * A run of slides of one page each, from here: where a key moves a whole slide (a slide that
 * shows its rows a page at a time turns its page first).
 */
const PLAIN = steps.findIndex((s) => s.key === 'projects/investment');

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
			page: slide.querySelector('.counter .page')?.textContent ?? null,
			hash: location.hash,
			chart: frame?.dataset.chart,
			state: frame?.dataset.state,
			counter: slide.querySelector('.counter')?.firstChild?.textContent?.trim()
		};
	});

/**
 * What is wrong with the slide on the projector, measured in the page (run by `evaluate`):
 * text under 36 px (text a screen reader alone gets aside), a control, dotted underline or badge
 * a hall would see, a line of text that leaves the slide (or is cut by it), the slide's words
 * running past their box or onto the chart, a chart that leaves the slide.
 */
function slideProblems() {
	const slide = document.querySelector<HTMLElement>('.stage .slide')!;
	const where = `${slide.dataset.slide} ${slide.querySelector('.counter')?.textContent?.trim()}`;
	const box = slide.getBoundingClientRect();
	const problems: string[] = [];
	const short = (t: string) => t.trim().slice(0, 20);
	const visible = (el: Element) => {
		const st = getComputedStyle(el);
		return st.display !== 'none' && st.visibility !== 'hidden' && el.getClientRects().length > 0;
	};
	/** The part of the page an element's text can show in: its ancestors' clips, overlapped. */
	const clip = (el: Element) => {
		let c = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity, ellipsis: false };
		for (let a: Element | null = el.parentElement; a && a !== slide; a = a.parentElement) {
			const st = getComputedStyle(a);
			if (st.overflowX === 'visible' && st.overflowY === 'visible' && st.clipPath === 'none')
				continue;
			const r = a.getBoundingClientRect();
			c = {
				// a name the chart shortens with an ellipsis is an abbreviation, not a cut
				ellipsis: c.ellipsis || st.textOverflow === 'ellipsis',
				left: Math.max(c.left, r.left),
				right: Math.min(c.right, r.right),
				top: Math.max(c.top, r.top),
				bottom: Math.min(c.bottom, r.bottom)
			};
		}
		return c;
	};
	const inks: {
		left: number;
		right: number;
		top: number;
		bottom: number;
		text: string;
		node: Node;
	}[] = [];
	const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const text = n.textContent ?? '';
		if (!text.trim()) continue;
		const el = n.parentElement!;
		if (el.closest('.visually-hidden, [hidden]') || !visible(el)) continue;
		// the chart's own title is kept for screen readers only (the slide's title says the point)
		if (el.closest('.chart-frame > .title')) continue;
		const range = document.createRange();
		range.selectNodeContents(n);
		const c = clip(el);
		const size = parseFloat(getComputedStyle(el).fontSize) * el.currentCSSZoom;
		// a line's box is the font's ascent to descent, taller than its ink: the em box around
		// the line's middle is where the glyphs are (as the phone layout test measures)
		const shown = [...range.getClientRects()]
			.filter((r) => r.width > 0 && r.height > 0)
			.map((r) => {
				const middle = (r.top + r.bottom) / 2;
				return { left: r.left, right: r.right, top: middle - size / 2, bottom: middle + size / 2 };
			})
			// what a window hides wholly is not on the slide
			.filter(
				(r) =>
					r.bottom > c.top + 1 &&
					r.top < c.bottom - 1 &&
					r.right > c.left + 1 &&
					r.left < c.right - 1
			);
		if (shown.length === 0) continue;
		if (size < 36) problems.push(`${size.toFixed(1)} px: ${short(text)}`);
		for (const r of shown) {
			inks.push({ ...r, text, node: n });
			if (
				r.left < box.left - 1 ||
				r.right > box.right + 1 ||
				r.top < box.top - 1 ||
				r.bottom > box.bottom + 1
			)
				problems.push(`off the slide: ${short(text)}`);
			// a line cut at the edge of a window the chart shows it through
			else if (
				r.top < c.top - 2 ||
				r.bottom > c.bottom + 2 ||
				(!c.ellipsis && (r.left < c.left - 2 || r.right > c.right + 2))
			)
				problems.push(`cut: ${short(text)}`);
		}
	}
	for (let a = 0; a < inks.length; a++)
		for (let b = a + 1; b < inks.length; b++) {
			const p = inks[a]!;
			const q = inks[b]!;
			if (p.node === q.node) continue;
			const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
			const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
			// glyphs touching by a pixel or two are set tight, not on each other
			if (w > 2 && h > 2) problems.push(`"${short(p.text)}" on "${short(q.text)}"`);
		}
	for (const el of slide.querySelectorAll(
		'button, a[href], input, select, textarea, summary, [tabindex]'
	))
		if (visible(el) && !el.closest('[inert]'))
			problems.push(`control: ${short(el.textContent ?? '')}`);
	for (const el of slide.querySelectorAll('*')) {
		if (!visible(el)) continue;
		const st = getComputedStyle(el);
		if (
			st.borderBottomStyle === 'dotted' &&
			parseFloat(st.borderBottomWidth) > 0 &&
			el.textContent?.trim()
		)
			problems.push(`dotted underline: ${short(el.textContent)}`);
		if (st.textDecorationLine.includes('underline'))
			problems.push(`underline: ${short(el.textContent ?? '')}`);
	}
	for (const el of slide.querySelectorAll('.badge, .flag, .tip'))
		if (visible(el)) problems.push(`badge: ${short(el.textContent ?? '')}`);
	const words = slide.querySelector('.words');
	const chart = slide.querySelector('.chart-frame');
	if (words) {
		for (const el of words.querySelectorAll('h2, .line'))
			if (el.scrollWidth > el.clientWidth + 1)
				problems.push(`words wider than the slide: ${short(el.textContent ?? '')}`);
		const w = words.getBoundingClientRect();
		if (chart && chart.getBoundingClientRect().top < w.bottom - 1)
			problems.push('the chart is under the words');
	}
	if (chart) {
		const r = chart.getBoundingClientRect();
		if (
			r.left < box.left - 1 ||
			r.right > box.right + 1 ||
			r.top < box.top - 1 ||
			r.bottom > box.bottom + 1
		)
			problems.push('the chart leaves the slide');
	}
	return { where, problems: [...new Set(problems)] };
}

/** Presses a key until the slide changes: a tall chart's pages turn first. Returns the pages passed. */
async function nextSlide(page: Page, key = 'ArrowRight') {
	const from = (await shown(page)).key;
	for (let turns = 0; turns < 12; turns++) {
		await page.keyboard.press(key);
		if ((await shown(page)).key !== from) return turns;
	}
	throw new Error(`${key} never left ${from}`);
}

/** Both editions present alike: Chinese at /present/, English at /en/present/. */
const DECKS = LOCALES.map((locale) => ({ locale, deck: localePath(locale, '/present/') }));

/** What differs by edition is the words: each deck's slides are measured in their own. */
describe.each(DECKS)('the $locale deck, in its own words', ({ deck }) => {
	it('shows every slide and page as a hall reads it: type of 36 px or more, no control, underline or badge, nothing off the slide or on the words', async () => {
		const { page, close } = await openDeck(deck);
		const seen = new Set<string>();
		const found: Record<string, string[]> = {};
		for (let i = 0; i < 80; i++) {
			// the slide is drawn (charts move at once: the page asks for reduced motion, see
			// browser.ts) and any fade has ended: measure once it rests
			await page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
			);
			await page.waitForFunction(() =>
				document.getAnimations().every((a) => a.playState !== 'running')
			);
			const { where, problems } = await page.evaluate(slideProblems);
			if (seen.has(where)) break;
			seen.add(where);
			if (problems.length) found[where] = problems;
			await page.keyboard.press('ArrowRight');
		}
		expect(found).toEqual({});
		expect([...seen].filter((w) => w.startsWith('caveats'))).toHaveLength(1);
		await close();
	});
});

/**
 * The presenter's view and the overview are the same markup in both editions, with the same
 * colours; only their words differ, and every English word is checked over the build and by the
 * messages' tests. axe reads them once, in Chinese.
 */
describe('the deck’s accessibility', () => {
	it('has no axe violations in the presenter’s view (a slide, the next, the notes) or the overview of every slide', async () => {
		// the presenter's view holds the slide as projected, the next one and the notes
		{
			const { page, close } = await openPage(browser, `/present/presenter/#/${steps[8]!.key}`, {
				viewport: PROJECTOR,
				bypassCSP: true
			});
			await page.locator('.deck[data-ready]').waitFor();
			expect(await axeViolations(page)).toEqual([]);
			await close();
		}
		const { page, close } = await openPage(browser, '/present/', {
			viewport: PROJECTOR,
			bypassCSP: true
		});
		await page.locator('.deck[data-ready]').waitFor();
		await page.keyboard.press('o');
		expect(await axeViolations(page)).toEqual([]);
		await close();
	});
});

/**
 * How the slides behave, which is the same code in both editions: tested once, in Chinese. The
 * English deck's own words are measured above, and its language switch in english.test.ts.
 */
describe('the deck', () => {
	const { deck } = DECKS[0]!;
	describe('the slides', () => {
		it('go forward and back by every key presenters use, each step’s chart in its state, the address following', async () => {
			const { page, errors, close } = await openDeck(deck);
			expect((await shown(page)).key).toBe('cover');
			let paged = 0;
			for (const [i, step] of steps.entries()) {
				// the keys of a keyboard and of a clicker, in turn
				paged += await nextSlide(page, ['ArrowRight', 'PageDown', ' ', 'ArrowDown', 'n'][i % 5]);
				expect(await shown(page)).toMatchObject({
					key: step.key,
					hash: `#/${step.key}`,
					chart: step.chart,
					state: step.state,
					counter: `${i + 2} / ${COUNT}`
				});
			}
			// a step about every row of a tall table turns its pages before the next slide
			expect(paged).toBeGreaterThan(0);
			await nextSlide(page);
			expect((await shown(page)).key).toBe('close');
			await nextSlide(page);
			expect((await shown(page)).key).toBe('caveats');
			// past the end stays at the end
			await page.keyboard.press('ArrowRight');
			expect((await shown(page)).key).toBe('caveats');
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
			expect((await shown(page)).key).toBe('caveats');
			expect(errors).toEqual([]);
			await close();
		});

		it('open at the slide the address names, by key or by number, and resume there after a reload', async () => {
			const step = steps[20]!;
			const { page, close } = await openDeck(`${deck}#/${step.key}`);
			expect((await shown(page)).state).toBe(step.state);
			await nextSlide(page);
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
			// the last step's slide (the cover is slide 0)
			await overview.locator(`button[data-index="${steps.length}"]`).click();
			expect(await overview.count()).toBe(0);
			expect((await shown(page)).key).toBe(steps.at(-1)!.key);
			// Esc closes the overview where it was opened
			await page.keyboard.press('o');
			await page.keyboard.press('Escape');
			expect(await page.getByRole('dialog').count()).toBe(0);
			expect((await shown(page)).key).toBe(steps.at(-1)!.key);
			await close();
		});

		it('go forward on a click on the right half, back on the left', async () => {
			const { page, close } = await openDeck(`${deck}#/${steps[PLAIN + 1]!.key}`);
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
			expect((await shown(page)).key).toBe(steps[PLAIN + 2]!.key);
			await click(PROJECTOR.width * 0.1);
			await click(PROJECTOR.width * 0.1);
			expect((await shown(page)).key).toBe(steps[PLAIN]!.key);
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
	});

	describe('the presenter’s view', () => {
		it('opens with S beside the slides, shows the next slide and the notes, and both windows stay in step', async () => {
			const { page, errors, close } = await openDeck(`${deck}#/${steps[PLAIN]!.key}`);
			const [presenter] = await Promise.all([
				page.context().waitForEvent('page'),
				page.keyboard.press('s')
			]);
			await presenter.locator('.deck[data-ready]').waitFor();
			const where = (p: Page) =>
				p.evaluate(() => document.querySelector<HTMLElement>('.stage .slide')?.dataset.slide);
			expect(await where(presenter)).toBe(steps[PLAIN]!.key);
			expect(await presenter.locator('.side .next .slide').getAttribute('data-slide')).toBe(
				steps[PLAIN + 1]!.key
			);
			expect(await presenter.locator('.side .notes').textContent()).not.toBe('');
			expect(await presenter.locator('.clock').textContent()).toMatch(/^\d\d:\d\d$/u);

			// the presenter's keys move the projector, and the projector's keys the presenter
			await presenter.keyboard.press('ArrowRight');
			await expect.poll(() => where(page)).toBe(steps[PLAIN + 1]!.key);
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => where(presenter)).toBe(steps[PLAIN + 3]!.key);
			// the black screen from the laptop blacks out the projector, not the laptop
			await presenter.keyboard.press('b');
			await expect.poll(() => page.locator('.stage .black').count()).toBe(1);
			expect(await presenter.locator('.stage .black').count()).toBe(0);
			expect(await presenter.locator('.blanked').isVisible()).toBe(true);
			await presenter.keyboard.press('b');
			await expect.poll(() => page.locator('.stage .black').count()).toBe(0);

			// on a tall chart shown a page at a time, what comes next is its next page
			const tall = steps.findIndex((s) => s.key === 'targets/all');
			await presenter.keyboard.type(`g${tall + 2}`);
			await presenter.keyboard.press('Enter');
			await expect.poll(() => where(presenter)).toBe('targets/all');
			const preview = presenter.locator('.side .next .slide');
			await expect.poll(() => preview.getAttribute('data-slide')).toBe('targets/all');
			expect(await preview.locator('.counter .page').textContent()).toMatch(/2/u);
			// and the notes, given focus, scroll with the arrows rather than move the slides
			const pageShown = () => presenter.locator('.stage .counter .page').textContent();
			const before = await pageShown();
			await presenter.locator('.side .notes').focus();
			await presenter.keyboard.press('ArrowDown');
			expect(await where(presenter)).toBe('targets/all');
			expect(await pageShown()).toBe(before);
			expect(errors).toEqual([]);
			await close();
		});
	});
});

/**
 * What a speaker does before the talk, language-independent (tested in Chinese): choose the
 * slides, set the cover, take the .pptx and the 16:9 PDF.
 */
describe('a speaker’s own deck', () => {
	/** The deck's slides, in order, from the overview's thumbnails. */
	const keys = (page: Page) =>
		page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.overview .thumbs .slide')].map(
				(s) => s.dataset.slide
			)
		);
	const overviewKeys = async (page: Page) => {
		await page.keyboard.press('o');
		const found = await keys(page);
		await page.keyboard.press('Escape');
		return found;
	};

	it('is the editors’ short edition at ?slides=short, or the chapters and slides ticked in the chooser, kept in the address through a reload', async () => {
		const { page, errors, close } = await openDeck('/present/?slides=short');
		expect(await overviewKeys(page)).toEqual(['cover', ...SHORT_EDITION, 'close', 'caveats']);

		await page.goto(page.url().replace(/\?.*$/u, ''));
		await page.locator('.deck[data-ready]').waitFor();
		await page.getByRole('button', { name: '选择幻灯片' }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('button', { name: '清空' }).click();
		await dialog.locator('input[data-chapter="where"]').check();
		await dialog.locator('input[data-slide="on-track/revenue"]').check();
		await dialog.getByRole('button', { name: '使用这些幻灯片' }).click();
		const chosen = ['cover', 'where/changqing', 'on-track/revenue', 'close', 'caveats'];
		await expect.poll(() => new URL(page.url()).search).toBe('?slides=where,on-track/revenue');
		expect(await overviewKeys(page)).toEqual(chosen);
		await page.reload();
		await page.locator('.deck[data-ready]').waitFor();
		expect(await overviewKeys(page)).toEqual(chosen);
		expect((await shown(page)).counter).toBe('1 / 5');
		expect(errors).toEqual([]);
		await close();
	});

	it('has the cover the speaker sets in the presenter’s view, as text, kept on the machine; the countdown starts at the first advance', async () => {
		const { page, errors, close } = await openDeck('/present/?slides=short');
		const [presenter] = await Promise.all([
			page.context().waitForEvent('page'),
			page.keyboard.press('s')
		]);
		await presenter.locator('.deck[data-ready]').waitFor();
		// the short edition is a ten-minute talk, and its clock waits for the talk to start
		expect(await presenter.locator('.countdown').textContent()).toBe('10:00');
		expect(await presenter.locator('.waiting').isVisible()).toBe(true);

		await presenter.locator('.settings summary').click();
		await presenter.getByLabel('场合').fill('<b>区人大</b>会议');
		await presenter.getByLabel('日期').fill('2027年1月');
		const occasion = page.locator('.stage .slide.cover .occasion');
		await expect.poll(() => occasion.textContent()).toBe('<b>区人大</b>会议');
		expect(await page.locator('.stage .slide.cover b').count()).toBe(0);
		expect(await page.locator('.stage .slide.cover .byline').textContent()).toBe('2027年1月');

		// the keys move the slides once the speaker has left the field they typed in
		await presenter.locator('.side h2').first().click();
		await presenter.keyboard.press('ArrowRight');
		await expect.poll(() => presenter.locator('.waiting').count()).toBe(0);
		await expect.poll(() => presenter.locator('.countdown').textContent()).toMatch(/^09:5\d$/u);

		// the presenter's view closed and opened again keeps the talk's time
		await presenter.close();
		const again = await page.context().newPage();
		await again.goto(new URL('/present/presenter/?slides=short', page.url()).href);
		await again.locator('.deck[data-ready]').waitFor();
		await expect.poll(() => again.locator('.waiting').count()).toBe(0);
		await expect.poll(() => again.locator('.countdown').textContent()).toMatch(/^09:[45]\d$/u);

		// kept on this machine: the projector reopened has it
		await page.goto(page.url().replace(/#.*$/u, '#/cover'));
		await page.reload();
		await page.locator('.deck[data-ready]').waitFor();
		await expect.poll(() => occasion.textContent()).toBe('<b>区人大</b>会议');
		expect(errors).toEqual([]);
		await close();
	});

	it('downloads as a .pptx of exactly the deck on screen, made by code the page loads only on that click', async () => {
		const { page, errors, close } = await openDeck('/present/?slides=where,on-track/revenue');
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await page.keyboard.press('o');
		const titles = await page.evaluate(() =>
			[...document.querySelectorAll('.overview .thumbs .slide.step h2')].map((h) =>
				h.textContent!.trim()
			)
		);
		await page.keyboard.press('Escape');
		expect(titles).toHaveLength(2);
		const before = scripts.length;
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: '下载 PPT' }).click()
		]);
		expect(scripts.length).toBeGreaterThan(before);
		expect(download.suggestedFilename()).toMatch(/\.pptx$/u);
		const bytes = readFileSync((await download.path())!);
		expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
		const zip = await JSZip.loadAsync(bytes);
		const slideFiles = Object.keys(zip.files).filter((f) =>
			/^ppt\/slides\/slide\d+\.xml$/u.test(f)
		);
		const xml = (await Promise.all(slideFiles.map((f) => zip.file(f)!.async('string')))).join('');
		// the cover, the two step slides, the close and the appendix: no table here to split
		expect(slideFiles.length).toBe(titles.length + 3);
		for (const title of titles) expect(xml).toContain(title.replace(/&/gu, '&amp;'));
		expect(errors).toEqual([]);
		await close();
	});

	it('prints the slides themselves, one 16:9 page each, for a PDF', async () => {
		const { page, close } = await openDeck('/present/?slides=short');
		// the print dialog is the browser's: here the page is printed to a PDF instead
		await page.evaluate(() => (window.print = () => {}));
		await page.getByRole('button', { name: '打印幻灯片（16:9）' }).click();
		await page.locator('.print-slides .print-page').first().waitFor({ state: 'attached' });
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const text = pdf.toString('latin1');
		expect(text.match(/\/Type\s*\/Page[^s]/gu)?.length).toBe(SHORT_EDITION.length + 3);
		// 1024×576 CSS px: 768×432 pt, 16:9
		expect(text).toMatch(/\/MediaBox\s*\[0 0 768 432\]/u);
		expect(text).not.toMatch(/\/MediaBox\s*\[0 0 595/u);
		await close();
	});
});
