/**
 * The story on the phones residents read it on (360 and 390 px wide, touch), step by step: in
 * every chart state no two pieces of text sit on each other, none leaves the chart or the
 * screen or is cut at the edge of a chart's window, none is set under 12 px, the rows a step is
 * about are in view, the ‹ › and table buttons are never under a card, the card never on its
 * chart, and the page never scrolls sideways. Each failure names the chapter, the step and the words. (How many steps'
 * cards are taller than the room under the chart, `npm run bench` reports.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, localePath } from '../../src/lib/i18n/locale';
import { launch, openPage, swipe } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const PHONES = [
	{ width: 360, height: 780 },
	{ width: 390, height: 844 }
] as const;

/**
 * What is wrong with the chart of `chapter` as it stands:
 * measured in the page from the text's own line boxes (a Range's client rects), so a label's
 * padding or an empty box never counts, and text clipped away by the chart's window is not
 * there to collide.
 */
function problems(page: Page, chapter: string, step: number): Promise<string[]> {
	return page.evaluate(
		([chapterId, stepIndex]) => {
			const section = document.getElementById(chapterId)!;
			const frame = section.querySelector('.frame')!.getBoundingClientRect();
			const plot = section.querySelector('.plot')!;
			const found: string[] = [];
			const short = (s: string) => (s.length > 24 ? s.slice(0, 23) + '…' : s);

			interface Box {
				left: number;
				right: number;
				top: number;
				bottom: number;
				text: string;
				node: Node;
			}
			/**
			 * The box within which an element's text shows: its own and its ancestors' clipping
			 * boxes, overlapped; and whether the clip is an abbreviation (an ellipsis the chart
			 * chose, the whole name in its table) rather than a cut.
			 */
			function clipOf(el: Element): {
				box: Omit<Box, 'text' | 'node'>;
				ellipsis: boolean;
				scrolls: boolean;
				own: Omit<Box, 'text' | 'node'> | null;
			} | null {
				let box: Omit<Box, 'text' | 'node'> | null = null;
				let ellipsis = false;
				// the clip of the boxes inside the chart's window (FocusWindow's view, or rows that
				// flow and are cut where the frame ends, with a line under them that says so): a
				// line wholly outside it has no room in its own box
				let own: Omit<Box, 'text' | 'node'> | null = null;
				let inWindow = true;
				// a window the reader scrolls (a step about every row): a line at its top or bottom
				// edge is one they scroll to, not one cut off
				let scrolls = false;
				for (let a: Element | null = el; a && a !== section; a = a.parentElement) {
					const style = getComputedStyle(a);
					if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
					if (style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none')
						ellipsis = true;
					if (style.overflowY === 'auto' || style.overflowY === 'scroll') scrolls = true;
					if (a.classList.contains('view') || a.hasAttribute('data-flow')) inWindow = false;
					const r = a.getBoundingClientRect();
					const b: Omit<Box, 'text' | 'node'> = box ?? r;
					box = {
						left: Math.max(b.left, r.left),
						right: Math.min(b.right, r.right),
						top: Math.max(b.top, r.top),
						bottom: Math.min(b.bottom, r.bottom)
					};
					if (inWindow) own = box;
				}
				return box && { box, ellipsis, scrolls, own };
			}

			const boxes: Box[] = [];
			const walker = document.createTreeWalker(plot, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const text = n.textContent!.trim();
				const el = n.parentElement!;
				if (!text || el.closest('.visually-hidden, title, desc')) continue;
				if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
				// words kept for screen readers alone, in a box of a pixel
				if (el.getBoundingClientRect().width <= 1) continue;
				const range = document.createRange();
				range.selectNodeContents(n);
				const clip = clipOf(el);
				// a line's box is the font's ascent to descent, taller than its ink: the em box
				// around the line's middle is where the glyphs are
				const em = parseFloat(getComputedStyle(el).fontSize);
				// type a phone's reader can read at arm's length: 12 px or more, as drawn (an SVG's
				// text is scaled with its drawing)
				const m = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
				const drawn = m ? em * Math.hypot(m.a, m.b) : em;
				if (drawn < 11.95) found.push(`"${short(text)}" is set in ${drawn.toFixed(1)} px type`);
				for (const r of range.getClientRects()) {
					if (r.width < 1 || r.height < 1) continue;
					const middle = (r.top + r.bottom) / 2;
					const box = {
						left: r.left,
						right: r.right,
						top: middle - em / 2,
						bottom: middle + em / 2,
						text,
						node: n
					};
					if (clip) {
						const c = clip.box;
						// wholly outside its window: not shown, so not a problem (but a line its own
						// box has no room for is lost)
						if (
							box.right <= c.left ||
							box.left >= c.right ||
							box.bottom <= c.top ||
							box.top >= c.bottom
						) {
							const o = clip.own;
							if (
								o &&
								!clip.ellipsis &&
								!clip.scrolls &&
								(box.right <= o.left ||
									box.left >= o.right ||
									box.bottom <= o.top ||
									box.top >= o.bottom)
							)
								found.push(`"${short(text)}" has no room in its box`);
							continue;
						}
						if (
							!clip.ellipsis &&
							(box.left < c.left - 1 ||
								box.right > c.right + 1 ||
								(!clip.scrolls && (box.top < c.top - 1 || box.bottom > c.bottom + 1)))
						)
							found.push(`"${short(text)}" is cut at the edge of its window`);
						// what shows of it
						box.left = Math.max(box.left, c.left);
						box.right = Math.min(box.right, c.right);
						box.top = Math.max(box.top, c.top);
						box.bottom = Math.min(box.bottom, c.bottom);
					}
					boxes.push(box);
				}
			}
			const screen = { left: 0, right: window.innerWidth };
			for (const b of boxes) {
				if (
					b.left < Math.max(frame.left, screen.left) - 1 ||
					b.right > Math.min(frame.right, screen.right) + 1 ||
					b.top < frame.top - 1 ||
					b.bottom > frame.bottom + 1
				)
					found.push(`"${short(b.text)}" leaves the chart`);
			}
			// glyphs touching by a pixel are set tight, not on each other
			const SLACK = 1;
			for (let a = 0; a < boxes.length; a++)
				for (let b = a + 1; b < boxes.length; b++) {
					const p = boxes[a]!;
					const q = boxes[b]!;
					if (p.node === q.node) continue;
					const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
					const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
					if (w > 1 && h > SLACK) found.push(`"${short(p.text)}" overlaps "${short(q.text)}"`);
				}

			// the chart's buttons: what a tap at their middle reaches
			for (const button of section.querySelectorAll<HTMLElement>('.tools button')) {
				const r = button.getBoundingClientRect();
				if (r.width === 0 || r.bottom < 0 || r.top > window.innerHeight) continue;
				const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
				if (!hit || !button.contains(hit))
					found.push(`the button "${short(button.textContent!.trim())}" is under a card`);
			}

			// the chart stays whole on the screen while its step is read: its title is not pushed off
			// the top by the chapter ending under it
			// the rows the step is about (a tall chart's rows, lit or not dimmed) are in its window,
			// or the window scrolls and says so
			// the rows themselves, not a group of them (a year of the timeline holds its milestones)
			const bands = [...plot.querySelectorAll<HTMLElement>('[data-band]')].filter(
				(b) => !b.querySelector('[data-band]')
			);
			const marked = bands.some((b) => b.classList.contains('lit'));
			const about = bands.filter((b) =>
				marked ? b.classList.contains('lit') : !b.matches('.dim, .faded')
			);
			for (const b of about.length < bands.length ? about : []) {
				const view = b.closest('.view');
				if (!view || getComputedStyle(view).overflowY === 'auto') continue;
				const v = view.getBoundingClientRect();
				const r = b.getBoundingClientRect();
				if (r.height > 0 && (r.top < v.top - 1 || r.bottom > v.bottom + 1))
					found.push(`"${short(b.textContent!.trim())}", which the step is about, is out of view`);
			}

			// a window that starts below its chart's first rows says so under it (the timeline opened
			// at 2023 under a title that says 2020, and nothing told the reader of the years above)
			for (const view of plot.querySelectorAll<HTMLElement>('.view')) {
				const content = view.firstElementChild as HTMLElement | null;
				const shifted = content && new DOMMatrix(getComputedStyle(content).transform).m42 < -1;
				const line = view.parentElement?.querySelector('.browse')?.textContent?.trim();
				if (shifted && getComputedStyle(view).overflowY !== 'auto' && !line)
					found.push('the chart starts below its first rows, and no line under it says so');
				// a count the line gives is true: the rows the window holds whole, or those above it
				// (蓝图 said 上方还有21项 counting its group headings; 进度 in English said "5 of 10
				// rows" where three fitted)
				const said = (
					(view.parentElement?.querySelector<HTMLElement>('.browse')?.innerText ?? '').match(
						/\d+/gu
					) ?? []
				).map(Number);
				if (said.length && getComputedStyle(view).overflowY !== 'auto') {
					const v = view.getBoundingClientRect();
					const rows = [...view.querySelectorAll<HTMLElement>('[data-band]')].filter(
						(b) => b.dataset.band !== 'head' && !b.querySelector('[data-band]')
					);
					const boxes = rows.map((b) => b.getBoundingClientRect()).filter((r) => r.height > 0);
					const whole = boxes.filter((r) => r.top >= v.top - 1 && r.bottom <= v.bottom + 1);
					const above = boxes.filter((r) => r.bottom <= v.top + 1);
					if (
						whole.length < boxes.length &&
						!said.includes(whole.length) &&
						!said.includes(above.length)
					)
						found.push(
							`the line under the chart says ${said.join(', ')}, where ${whole.length} rows are in view and ${above.length} above`
						);
				}
			}

			const title = section.querySelector<HTMLElement>('figure[data-chart] > .title');
			if (title && title.getBoundingClientRect().top < -1)
				found.push(`the chart's title "${short(title.textContent!.trim())}" is off the screen`);

			// a number the card quotes that the chart draws is in the chart's view (a card about a
			// row the reader cannot see was a reader's first complaint)
			const card = document.querySelectorAll('section.chapter .step .card')[stepIndex]!;
			const quoted = new Set(
				[...card.querySelectorAll<HTMLElement>('[data-figure-id]')].map((e) => e.dataset.figureId!)
			);
			for (const id of quoted) {
				const drawn = [...plot.querySelectorAll<HTMLElement>(`[data-figure-id="${id}"]`)];
				if (drawn.length === 0) continue;
				const inView = drawn.some((el) => {
					const r = el.getBoundingClientRect();
					const v = (el.closest('.view') ?? plot).getBoundingClientRect();
					return r.height > 0 && r.top >= v.top - 1 && r.bottom <= v.bottom + 1;
				});
				if (!inView) found.push(`the card quotes ${id}, which the chart does not show`);
			}

			return [...new Set(found)];
		},
		[chapter, step] as const
	);
}

describe.each(LOCALES)('the %s story on a phone', (locale) => {
	describe.each(PHONES)('$width × $height', (viewport) => {
		it('has no text on text, none leaving its chart, no button under a card, no card on its chart and nothing wider than the screen, in any state', async () => {
			const { page, close } = await openPage(browser, localePath(locale, '/'), {
				viewport,
				hasTouch: true,
				isMobile: true,
				reducedMotion: 'reduce'
			});
			const steps = await page.$$eval('section.chapter .step', (els) =>
				els.map((el, index) => ({
					chapter: el.closest('section')!.id,
					step: (el as HTMLElement).dataset.stepId!,
					state: (el as HTMLElement).dataset.state!,
					index
				}))
			);
			const wrong: string[] = [];
			for (const s of steps) {
				// the card has come up to just under the chart, where it turns the chart's state
				await page.evaluate((i) => {
					const card = document.querySelectorAll('section.chapter .step .card')[i]!;
					const top =
						card.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.595;
					window.scrollTo({ top, behavior: 'instant' });
				}, s.index);
				await expect
					.poll(() =>
						page.locator(`section#${s.chapter} figure[data-chart]`).getAttribute('data-state')
					)
					.toBe(s.state);
				// its scripts have run (on a busy machine the chapter nearest the top can take over
				// a second): a chart's layout for a phone is the browser's, not the prerendered one
				await expect.poll(() => page.locator(`section#${s.chapter}[data-live]`).count()).toBe(1);
				// the chart settles over the next frames (LayerCake measures, then lays out): what
				// matters is what stays, so look until nothing is wrong or a second has passed
				let last: string[] = [];
				await expect
					.poll(async () => (last = await problems(page, s.chapter, s.index)), {
						timeout: 1000,
						interval: 100
					})
					.toEqual([])
					.catch(() => undefined);
				for (const p of last) wrong.push(`${s.chapter}/${s.step}: ${p}`);
				// the card is under the chart, not on it, and nothing makes the page scroll sideways
				const [frameBottom, cardTop, sideways] = await page.evaluate(
					([i, chapter]) => [
						document.querySelector(`section#${chapter} .frame`)!.getBoundingClientRect().bottom,
						document
							.querySelectorAll('section.chapter .step .card')
							[i as number]!.getBoundingClientRect().top,
						document.documentElement.scrollWidth - window.innerWidth
					],
					[s.index, s.chapter] as const
				);
				if (frameBottom > cardTop + 1)
					wrong.push(`${s.chapter}/${s.step}: the card covers the chart's foot`);
				if (sideways > 0)
					wrong.push(`${s.chapter}/${s.step}: the page scrolls ${sideways} px sideways`);
			}
			expect(wrong).toEqual([]);
			await close();
		});

		// at the narrower phone alone: a table that fits it fits the wider one
		it.runIf(viewport.width === PHONES[0].width)(
			'shows each chart’s table as rows read down the frame, never wider than it',
			async () => {
				const { page, close } = await openPage(browser, localePath(locale, '/'), {
					viewport,
					hasTouch: true,
					isMobile: true,
					reducedMotion: 'reduce'
				});
				const chapters = await page.$$eval('section.chapter', (els) => els.map((el) => el.id));
				const wide: string[] = [];
				for (const chapter of chapters) {
					await page.evaluate((id) => {
						const card = document.querySelector(`section#${id} .step .card`)!;
						const top =
							card.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.595;
						window.scrollTo({ top, behavior: 'instant' });
					}, chapter);
					const button = page.locator(`section#${chapter} .tools button[aria-controls]`);
					const table = page.locator(`section#${chapter} .table-view`);
					// the chapter wakes as it nears: a tap before its scripts run opens nothing yet
					await expect
						.poll(async () => {
							if (!(await table.isVisible())) await button.tap();
							return table.isVisible();
						})
						.toBe(true);
					const [scroll, client] = await table.evaluate((el) => [el.scrollWidth, el.clientWidth]);
					if (scroll > client + 1) wide.push(`${chapter}: ${scroll} px in a ${client} px frame`);
					await button.tap();
				}
				expect(wide).toEqual([]);
				await close();
			}
		);

		// the language and the width change nothing here: once, in Chinese at the narrower phone
		it.runIf(locale === 'zh' && viewport.width === PHONES[0].width)(
			'opens a table over the whole screen at the rows the step is about, marked, scrolled by a swipe, and goes to the next step’s rows',
			async () => {
				const { page, close } = await openPage(browser, '/', {
					viewport,
					hasTouch: true,
					isMobile: true,
					reducedMotion: 'reduce'
				});
				const chapter = 'on-track';
				const toStep = (step: string) =>
					page.evaluate(
						([id, step]) => {
							const card = document.querySelector(
								`section#${id} .step[data-step-id="${step}"] .card`
							)!;
							const top =
								card.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.595;
							window.scrollTo({ top, behavior: 'instant' });
						},
						[chapter, step] as const
					);
				const frame = page.locator(`section#${chapter} figure[data-chart]`);
				const table = page.locator(`section#${chapter} .table-view`);
				const button = page.locator(`section#${chapter} .tools button[aria-controls]`);
				/** The rows that begin in the table's view (a phone's row may be taller than it). */
				const inView = () =>
					table.evaluate((view) => {
						const v = view.getBoundingClientRect();
						return [...view.querySelectorAll('tbody tr')]
							.filter((tr) => {
								const r = tr.getBoundingClientRect();
								return r.top >= v.top - 1 && r.top < v.bottom;
							})
							.map((tr) => ({
								about: tr.classList.contains('about'),
								name: tr.querySelector('th')!.textContent!.trim()
							}));
					});

				await toStep('income');
				await expect.poll(() => frame.getAttribute('data-state')).toBe('income');
				await expect
					.poll(async () => {
						if (!(await table.isVisible())) await button.tap();
						return table.isVisible();
					})
					.toBe(true);
				// the step is about the two incomes, not the budget revenue the table starts with
				let rows = await inView();
				expect(rows[0]).toEqual({ about: true, name: '城镇居民人均可支配收入' });
				expect(await table.locator('tr.about').count()).toBe(2);

				// it takes the screen, a list for the thumb, not a small box inside the chart's frame
				const view = (await table.boundingBox())!;
				expect(view.height).toBeGreaterThan(viewport.height * 0.7);
				// and a swipe on it scrolls the table, never the story under it
				const scrolled = await page.evaluate(() => window.scrollY);
				const at = await table.evaluate((v) => v.scrollTop);
				await swipe(page, view.x + view.width / 2, view.y + view.height * 0.8, -300);
				await expect.poll(() => table.evaluate((v) => v.scrollTop)).toBeGreaterThan(at + 100);
				expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

				await toStep('others');
				await expect.poll(() => frame.getAttribute('data-state')).toBe('other');
				await expect.poll(async () => (rows = await inView())[0]?.about).toBe(true);
				expect(rows[0]!.name).not.toBe('城镇居民人均可支配收入');
				await close();
			}
		);
	});
});
