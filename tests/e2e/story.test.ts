/**
 * The story as a reader scrolls it, in real Chromium on a phone and a desktop: each step puts
 * its chart in the step's state, going back restores the earlier one, a jump lands right, and
 * the page reads without scripts. The steps and states are read from the built page itself,
 * so every chapter added to the story is covered.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, localePath } from '../../src/lib/i18n/locale';
import { MESSAGES } from '../../src/lib/i18n/all-messages';
import { CHAPTER_ORDER } from '../../src/lib/story/story';
import { DESKTOP, PHONE, axeViolations, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

interface StepInfo {
	chapter: string;
	step: string;
	state: string;
	index: number;
}

/** Every step of the story, in order, as the page lists them. */
function steps(page: Page): Promise<StepInfo[]> {
	return page.$$eval('section.chapter .step', (els) =>
		els.map((el, index) => ({
			chapter: el.closest('section')!.id,
			step: (el as HTMLElement).dataset.stepId!,
			state: (el as HTMLElement).dataset.state!,
			index
		}))
	);
}

/** The steps of the first chapter that has more than one: a chart that changes as they pass. */
function firstStepped(all: StepInfo[]): StepInfo[] {
	const chapter = all.find((s, i) => all[i + 1]?.chapter === s.chapter)!.chapter;
	return all.filter((s) => s.chapter === chapter);
}

/**
 * Scroll so the step's top sits just above the line where steps become active. The step is
 * found by its chapter and id, once it is there: a chapter waking up renders its steps anew.
 */
async function scrollToStep(page: Page, step: StepInfo) {
	const selector = `section#${step.chapter} .step[data-step-id="${step.step}"]`;
	await page.locator(selector).waitFor({ state: 'attached' });
	await page.evaluate((sel) => {
		const el = document.querySelector(sel)!;
		const top = el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.45;
		window.scrollTo({ top, behavior: 'instant' });
	}, selector);
}

/** Waits until a smooth scroll (the ‹ › buttons bring the step's text into view) has ended. */
const settled = (page: Page) =>
	page.waitForFunction(
		() =>
			new Promise<boolean>((done) => {
				let last = window.scrollY;
				const t = setInterval(() => {
					if (window.scrollY === last) {
						clearInterval(t);
						done(true);
					}
					last = window.scrollY;
				}, 150);
			})
	);

const chartState = (page: Page, chapter: string) =>
	page.locator(`section#${chapter} figure[data-chart]`).getAttribute('data-state');

/** The story's two editions: Chinese at /, English at /en/. */
const EDITIONS = LOCALES.map((locale) => ({
	locale,
	home: localePath(locale, '/'),
	m: MESSAGES[locale]
}));

/**
 * What a reader of either edition sees differently: the words are what axe reads. Whether a
 * line runs off a 360 px screen or a card reaches up over its chart, which the words' length
 * also decides, is measured at every step by phone-layout.test.ts, at 360 and 390 px.
 */
describe.each(EDITIONS)('the $locale story, laid out in its own words', ({ home }) => {
	it('has no axe violations on a phone, at its top and with every chart in its final state', async () => {
		expect(await storyViolations(home, PHONE)).toEqual([]);
	});
});

/** Runs axe over a page as it loads: the story's charts are then in their final states. */
async function storyViolations(path: string, viewport: typeof PHONE | typeof DESKTOP) {
	const { page, close } = await openPage(browser, path, { viewport, bypassCSP: true });
	const violations = await axeViolations(page);
	await close();
	return violations;
}

/**
 * How the story behaves, which is the same code in both editions: tested once, in Chinese, the
 * first edition. The English edition's own behaviour is above and in english.test.ts.
 */
describe('the story', () => {
	const { locale, home, m } = EDITIONS[0]!;
	describe.each([
		['phone', PHONE],
		['desktop', DESKTOP]
	])('on a %s', (_, viewport) => {
		it('puts each chart in its step’s state as the steps scroll past, and back again', async () => {
			// on the phone as most readers scroll it, with the charts' motion; on the desktop at once
			const reducedMotion = viewport === PHONE ? 'no-preference' : 'reduce';
			const { page, errors, foreign, close } = await openPage(browser, home, {
				viewport,
				reducedMotion
			});
			const all = await steps(page);
			expect(all.length).toBeGreaterThan(3);
			for (const s of all) {
				await scrollToStep(page, s);
				await expect.poll(() => chartState(page, s.chapter), { timeout: 3000 }).toBe(s.state);
			}
			// backwards, one step at a time
			for (const s of [...all].reverse()) {
				await scrollToStep(page, s);
				await expect.poll(() => chartState(page, s.chapter), { timeout: 3000 }).toBe(s.state);
			}
			expect(errors).toEqual([]);
			expect(foreign).toEqual([]);
			await close();
		});

		it('lands on the right state after a jump from the top to the last step', async () => {
			const { page, close } = await openPage(browser, home, { viewport });
			const all = await steps(page);
			const last = all.at(-1)!;
			await scrollToStep(page, last);
			await expect.poll(() => chartState(page, last.chapter)).toBe(last.state);
			// and straight back to the first step of that chapter
			const first = all.find((s) => s.chapter === last.chapter)!;
			await scrollToStep(page, first);
			await expect.poll(() => chartState(page, first.chapter)).toBe(first.state);
			await close();
		});
	});

	it('on a desktop, keeps each chapter’s chart whole beside its last card read in the middle of the screen', async () => {
		const { page, close } = await openPage(browser, home, { viewport: DESKTOP });
		const chapters = [...new Set((await steps(page)).map((s) => s.chapter))];
		const cut: string[] = [];
		for (const chapter of chapters) {
			const box = await page.evaluate((id) => {
				const cards = document.querySelectorAll(`section#${id} .step > .card`);
				cards[cards.length - 1]!.scrollIntoView({ block: 'center', behavior: 'instant' });
				const figure = document.querySelector(`section#${id} figure[data-chart]`)!;
				const { top, bottom } = figure.getBoundingClientRect();
				return { top, bottom, screen: window.innerHeight };
			}, chapter);
			if (box.top < 0 || box.bottom > box.screen + 1)
				cut.push(`${chapter}: chart from ${Math.round(box.top)} to ${Math.round(box.bottom)} px`);
		}
		expect(cut).toEqual([]);
		await close();
	});

	it('on a phone, turns the chart as the card before slides under it, with the next card begun, and back as it comes out', async () => {
		const { page, close } = await openPage(browser, home, { viewport: PHONE });
		const all = await steps(page);
		// every step after a chapter's first
		const tried = all.filter((s, i) => all[i - 1]?.chapter === s.chapter);
		expect(tried.length).toBeGreaterThan(10);
		for (const s of tried) {
			const before = all[s.index - 1]!;
			// the card before's foot `by` px below the chart's foot (under the chart where < 0)
			const place = (by: number) =>
				page.evaluate(
					([i, chapter, by]) => {
						const cards = document.querySelectorAll('section.chapter .step .card');
						// where the chart's ground, which hides the cards read, ends once it keeps the top of
						// the screen: a quarter rem under its frame
						const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
						const frame = document.querySelector(`section#${chapter} .frame`)!;
						const foot =
							frame.getBoundingClientRect().bottom -
							frame.closest('.graphic')!.getBoundingClientRect().top +
							rem / 4;
						const r = cards[i - 1]!.getBoundingClientRect();
						window.scrollTo({ top: r.bottom + window.scrollY - foot - by, behavior: 'instant' });
						// how much of this step's card is on the screen
						return window.innerHeight - cards[i]!.getBoundingClientRect().top;
					},
					[s.index, s.chapter, by] as const
				);
			// its last lines still under the chart: the step before's state
			await place(24);
			await expect.poll(() => chartState(page, s.chapter), { timeout: 3000 }).toBe(before.state);
			// slid under it: this card's state, a few lines of it on the screen, not the whole
			const shown = await place(-12);
			await expect.poll(() => chartState(page, s.chapter), { timeout: 3000 }).toBe(s.state);
			expect(shown).toBeGreaterThan(60);
			expect(shown).toBeLessThan(PHONE.height * 0.25);
			// and back, on a scroll back up
			await place(24);
			await expect.poll(() => chartState(page, s.chapter), { timeout: 3000 }).toBe(before.state);
		}
		await close();
	});

	it('keeps the contents link off what is being read: gone while the reader scrolls down, back on a scroll up or a tab', async () => {
		const { page, close } = await openPage(browser, home, { viewport: PHONE });
		const link = page.getByRole('link', { name: m.story.toToc, exact: true });
		const onScreen = () => link.evaluate((el) => el.getBoundingClientRect().bottom > 0);
		expect(await onScreen()).toBe(true);
		for (let i = 0; i < 6; i++) {
			await page.mouse.wheel(0, 400);
			await page.waitForTimeout(50);
		}
		await expect.poll(onScreen).toBe(false);
		await page.mouse.wheel(0, -200);
		await expect.poll(onScreen).toBe(true);
		await page.mouse.wheel(0, 1200);
		await expect.poll(onScreen).toBe(false);
		// a keyboard reader tabbing to it finds it where it always is
		await link.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect.poll(onScreen).toBe(true);
		await close();
	});

	describe('stepping through a chapter without scrolling', () => {
		it('moves the chart to the next and previous state with the ‹ › buttons', async () => {
			const { page, close } = await openPage(browser, home, { viewport: PHONE });
			const own = firstStepped(await steps(page));
			const chapter = own[0]!.chapter;
			await scrollToStep(page, own[0]!);
			await expect.poll(() => chartState(page, chapter)).toBe(own[0]!.state);
			const section = page.locator(`section#${chapter}`);
			// the chapter has woken (its numbers open their sources): before, a tap on › finds
			// the prerendered button, which does nothing
			await section.locator('.figure-tip.live').first().waitFor();
			await section.getByRole('button', { name: m.chart.next }).click();
			await expect.poll(() => chartState(page, chapter)).toBe(own[1]!.state);
			await settled(page);
			expect(await chartState(page, chapter)).toBe(own[1]!.state);
			await section.getByRole('button', { name: m.chart.previous }).click();
			await expect.poll(() => chartState(page, chapter)).toBe(own[0]!.state);
			await close();
		});
	});

	it('brings the reader back to where they were after following a source’s link to the data desk', async () => {
		const { page, close } = await openPage(browser, home, {
			viewport: PHONE,
			hasTouch: true,
			isMobile: true
		});
		await page.locator('#targets .step .card').first().scrollIntoViewIfNeeded();
		await page.evaluate(() => window.scrollBy({ top: 300, behavior: 'instant' }));
		const link = page.locator('#targets .tip a[href*="/data/#"]').first();
		const y = await page.evaluate(() => window.scrollY);
		// the tip's link, as a reader reaches it from the open tip
		await link.evaluate((a: HTMLAnchorElement) => a.click());
		await page.waitForURL(/\/data\/#/u);
		await page.goBack();
		await expect
			.poll(() => page.evaluate(() => [window.scrollY, document.documentElement.scrollHeight]))
			.toEqual([y, expect.any(Number)]);
		// and stays there as the chapters come to life
		await page.waitForTimeout(500);
		expect(await page.evaluate(() => window.scrollY)).toBe(y);
		await close();
	});

	describe('chapter links', () => {
		it('opens the story at the chapter from its shareable link, /chapters/<id>/', async () => {
			const { page, close } = await openPage(browser, `${home}chapters/on-track/`);
			await page.waitForURL(/\/#on-track$/u);
			expect(new URL(page.url()).pathname).toBe(home);
			await close();
		});

		it('opens /#<chapter> at that chapter, and the address follows the chapter being read', async () => {
			const reading = await openPage(browser, home, { viewport: DESKTOP });
			const all = await steps(reading.page);
			const chapters = [...new Set(all.map((s) => s.chapter))];

			// the first chapter, one in the middle, and the last, under every chapter that wakes above it
			const sample = [chapters[0]!, chapters[Math.floor(chapters.length / 2)]!, chapters.at(-1)!];
			for (const id of sample) {
				const { page, close } = await openPage(browser, `${home}#${id}`, { viewport: DESKTOP });
				const top = await page
					.locator(`section#${id}`)
					.evaluate((el) => el.getBoundingClientRect().top);
				expect(Math.abs(top), id).toBeLessThan(5);
				await close();
			}

			const target = all.find((s) => s.chapter === chapters.at(-1))!;
			await scrollToStep(reading.page, target);
			await expect
				.poll(() => reading.page.evaluate(() => location.hash))
				.toBe(`#${target.chapter}`);
			await reading.close();
		});
	});

	describe('the story without JavaScript', () => {
		it('shows every chapter’s chart as SVG, in its final state, with its description', async () => {
			const { page, close } = await openPage(browser, home, { javaScriptEnabled: false });
			const all = await steps(page);
			const chapters = [...new Set(all.map((s) => s.chapter))];
			for (const id of chapters) {
				const figure = page.locator(`section#${id} figure[data-chart]`);
				const lastState = all.filter((s) => s.chapter === id).at(-1)!.state;
				expect(await figure.getAttribute('data-state'), id).toBe(lastState);
				expect(await figure.locator('svg').count(), id).toBeGreaterThan(0);
				expect(await figure.locator('svg').first().isVisible(), id).toBe(true);
				const description = await figure.getByTestId('chart-description').textContent();
				expect(description?.length, id).toBeGreaterThan(10);
			}
			await close();
		});

		it('shows every chart’s table under it, every row of it reachable, with no button that needs a script', async () => {
			const { page, close } = await openPage(browser, home, { javaScriptEnabled: false });
			const tables = await page.$$eval('figure[data-chart]', (figures) =>
				figures.map((figure) => {
					const view = figure.querySelector<HTMLElement>('.table-view')!;
					const rows = [...view.querySelectorAll('tbody tr')];
					const button = figure.querySelector<HTMLElement>('[data-show-table]');
					return {
						chart: figure.getAttribute('data-chart'),
						shown: getComputedStyle(view).display !== 'none',
						rows: rows.length,
						// a row is reachable when it is laid out: in the page or in its table's scroll box
						laidOut: rows.filter((r) => r.getClientRects().length > 0).length,
						scrolls:
							view.scrollHeight <= view.clientHeight + 1 ||
							getComputedStyle(view).overflowY === 'auto',
						button: button ? getComputedStyle(button).display !== 'none' : false
					};
				})
			);
			expect(tables.length).toBeGreaterThan(5);
			for (const t of tables) {
				expect(t.shown, `${t.chart}: its table is shown`).toBe(true);
				expect(t.rows, `${t.chart}: its table has rows`).toBeGreaterThan(0);
				expect(t.laidOut, `${t.chart}: every row is laid out`).toBe(t.rows);
				expect(t.scrolls, `${t.chart}: a table taller than its room scrolls`).toBe(true);
				expect(t.button, `${t.chart}: no 看表格 button that cannot work`).toBe(false);
			}
			await close();
		});

		it.each([home, `${home}charts/`])(
			'styles every chart on %s: each drawing has room and its labels their chart’s look',
			async (path) => {
				const { page, close } = await openPage(browser, path, { javaScriptEnabled: false });
				const unstyled = await page.$$eval('figure[data-chart]', (figures) =>
					figures.flatMap((figure) => {
						const id = `${figure.getAttribute('data-chart')} ${figure.getAttribute('data-state')}`;
						const problems: string[] = [];
						// LayerCake's stylesheet fits its container to the plot; without it the drawing
						// grows to its content's size and spills out of the frame
						const plot = figure.querySelector('.plot')!.getBoundingClientRect();
						const cake = figure.querySelector('.layercake-container')?.getBoundingClientRect();
						// a chart in a focus window may be taller than its frame, which shows a part of it
						const content = figure.querySelector('.window .content')?.getBoundingClientRect();
						const window = figure.querySelector('.window')?.getBoundingClientRect();
						if (window && window.height > plot.height + 2)
							problems.push(`${id}: its window spills out of its frame`);
						if (cake && cake.height > (content ?? plot).height + 2)
							problems.push(`${id}: spills out of its frame`);
						// every chart colours its shapes in its own stylesheet; a shape with neither a fill
						// of its own nor those styles falls back to the browser's black
						const black = [...figure.querySelectorAll('svg rect, svg path, svg circle')].filter(
							(el) => !el.getAttribute('fill') && getComputedStyle(el).fill === 'rgb(0, 0, 0)'
						);
						if (black.length) problems.push(`${id}: ${black.length} shapes in default black`);
						return problems;
					})
				);
				expect(unstyled).toEqual([]);
				await close();
			}
		);
	});

	describe('reduced motion', () => {
		/** The geometry of every mark in a chapter's chart, as numbers. */
		const marks = (page: Page, chapter: string) =>
			page
				.locator(`section#${chapter} figure[data-chart] svg`)
				.evaluateAll((svgs) =>
					svgs.flatMap((svg) =>
						[...svg.querySelectorAll('path, rect, line, circle, polygon')].map((el) =>
							[
								'd',
								'x',
								'y',
								'width',
								'height',
								'opacity',
								'fill-opacity',
								'x1',
								'x2',
								'y1',
								'y2',
								'cx',
								'cy',
								'r',
								'points'
							]
								.map((a) => el.getAttribute(a) ?? '')
								.join('|')
						)
					)
				);

		/** Moves a chapter from its first state to its second; returns the marks just after, and later. */
		async function change(reducedMotion: 'reduce' | 'no-preference') {
			const { page, close } = await openPage(browser, home, { viewport: DESKTOP, reducedMotion });
			const own = firstStepped(await steps(page));
			const chapter = own[0]!.chapter;
			await scrollToStep(page, own[0]!);
			await expect.poll(() => chartState(page, chapter)).toBe(own[0]!.state);
			await page.waitForTimeout(1000);
			await scrollToStep(page, own[1]!);
			await expect.poll(() => chartState(page, chapter)).toBe(own[1]!.state);
			await page.waitForTimeout(50);
			const soon = await marks(page, chapter);
			await page.waitForTimeout(1000);
			const later = await marks(page, chapter);
			await close();
			return { soon, later };
		}

		it('changes state at once, with no transition, when the reader asks for reduced motion', async () => {
			const reduced = await change('reduce');
			expect(reduced.soon).toEqual(reduced.later);
			// and the same change does animate for everyone else, so the test above can fail
			const animated = await change('no-preference');
			expect(animated.soon).not.toEqual(animated.later);
		});
	});

	describe('accessibility', () => {
		it('has no axe violations on a desktop, at its top and with every chart in its final state', async () => {
			expect(await storyViolations(home, DESKTOP)).toEqual([]);
		});
	});

	describe('chapters as islands', () => {
		it('loads no chart code and no chapter data until the reader moves, then brings the chapter in view to life', async () => {
			const { page, errors, close } = await openPage(browser, home, { viewport: PHONE });
			await page.waitForTimeout(800);
			const chartScripts = () =>
				page.evaluate(
					() =>
						performance
							.getEntriesByType('resource')
							.map((e) => e.name)
							.filter((n) => /\/nodes\/|chunks\//.test(n)).length
				);
			// the chapters' data is not in the page: it is fetched, once, as the first chapter wakes
			const storyData = () =>
				page.evaluate(
					(json) =>
						performance
							.getEntriesByType('resource')
							.filter((e) => new URL(e.name).pathname === json).length,
					`/story/${locale}.json`
				);
			const before = await chartScripts();
			expect(await storyData()).toBe(0);
			const own = firstStepped(await steps(page));
			await scrollToStep(page, own[0]!);
			// the chapter is live: its chart follows the step and its buttons work
			await expect.poll(() => chartState(page, own[0]!.chapter)).toBe(own[0]!.state);
			expect(await chartScripts()).toBeGreaterThan(before);
			expect(await storyData()).toBe(1);
			await page
				.locator(`section#${own[0]!.chapter}`)
				.getByRole('button', { name: m.chart.next })
				.click();
			await expect.poll(() => chartState(page, own[0]!.chapter)).toBe(own[1]!.state);
			expect(errors).toEqual([]);
			await close();
		});

		it('shows every chapter, working, after a navigation back to the story within the site', async () => {
			const { page, errors, close } = await openPage(browser, `${home}data/`, {
				viewport: DESKTOP
			});
			// once the desk has hydrated, SvelteKit's router has started: before that a click on a
			// link is an ordinary page load
			await page.locator('main[data-ready]').waitFor();
			// the header's link to the story: SvelteKit navigates in the page, with no new HTML
			await page.locator('header.site a').first().click();
			await page.waitForURL((url) => url.pathname === home);
			// no new document was loaded: the chapters had no prerendered HTML to adopt
			const documentUrl = await page.evaluate(
				() => performance.getEntriesByType('navigation')[0]!.name
			);
			expect(new URL(documentUrl).pathname).toBe(`${home}data/`);
			// each chapter mounts once its chart's code and the story's data have come
			await expect
				.poll(() => page.locator('section.chapter').count(), { timeout: 5000 })
				.toBe(CHAPTER_ORDER.length);
			const all = await steps(page);
			const last = all.at(-1)!;
			await scrollToStep(page, last);
			await expect.poll(() => chartState(page, last.chapter)).toBe(last.state);
			expect(errors).toEqual([]);
			await close();
		});
	});
});
