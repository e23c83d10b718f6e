/**
 * A chart embedded in someone else's article: a host page on another origin (another localhost
 * port) pastes the embed code published on /charts/, and the iframe takes the height of the
 * chart, whatever the width, the state or the view; a host that runs no script of ours but
 * listens for AMP's `embed-size` message does the same; our loader ignores every message it
 * should not trust; and nothing in the embed's address reaches its page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.js';
import { axeViolations, baseURL, launch, openPage } from './browser';

let browser: Browser;
let host: Server;
let hostURL: string;
/** The host pages' bodies, by path: set by each test before it opens one. */
const pages = new Map<string, string>();

beforeAll(async () => {
	browser = await launch();
	host = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://host').pathname;
		const body = pages.get(path);
		res.statusCode = body ? 200 : 404;
		const type = path.endsWith('.js') ? 'text/javascript' : 'text/html';
		res.setHeader('content-type', `${type}; charset=utf-8`);
		res.end(body ?? 'not found');
	});
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	hostURL = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await browser?.close();
	await new Promise((done) => host?.close(done));
});

/** Three charts of different kinds: lines, rows of HTML, a map. */
const CHARTS = ['income-path', 'target-progress', 'locator-map'];

/** The embed code /charts/ shows for a chart, as a journalist would copy it. */
const snippets = new Map<string, Promise<string>>();
/** The embed code, read from the gallery once per chart and gallery. */
function publishedSnippet(chart: string, gallery = '/charts/'): Promise<string> {
	const key = `${gallery}${chart}`;
	if (!snippets.has(key)) snippets.set(key, readSnippet(chart, gallery));
	return snippets.get(key)!;
}

async function readSnippet(chart: string, gallery: string): Promise<string> {
	const { page, close } = await openPage(browser, gallery);
	// prerendered with the configured public origin; once the page runs, the one it is served from
	const field = page.locator(`#${chart} textarea`);
	const served = `${new URL(baseURL()).origin}${gallery.replace('charts/', 'embed/')}`;
	await page.waitForFunction(
		([selector, text]) =>
			(document.querySelector(selector!) as HTMLTextAreaElement | null)?.value.includes(text!),
		[`#${chart} textarea`, served]
	);
	const code = await field.inputValue();
	await close();
	return code;
}

const article = (embed: string, extra = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>A host article</title>
<style>body { margin: 0 auto; max-width: 60rem; padding: 1rem; font-family: serif; }</style>
</head><body><h1>A host article</h1><p>Before the chart.</p>
${embed}
<p>After the chart.</p>${extra}</body></html>`;

/** Listens only for AMP's `embed-size` message, as amp-iframe and @newswire/frames do. */
const AMP_LISTENER = `<script>
addEventListener('message', (e) => {
	if (!e.data || e.data.sentinel !== 'amp' || e.data.type !== 'embed-size') return;
	for (const f of document.querySelectorAll('iframe'))
		if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';
});
</script>`;

async function openHost(path: string, body: string, width: number) {
	pages.set(path, body);
	const context = await browser.newContext({ viewport: { width, height: 900 } });
	const page = await context.newPage();
	await page.goto(hostURL + path, { waitUntil: 'load' });
	const frame = await embedFrame(page);
	// the iframe is lazy: wait for the embed page itself, not the blank document before it
	await frame.waitForSelector('[data-embed]', { state: 'attached' });
	await frame.waitForLoadState('load');
	return { page, frame, close: () => context.close() };
}

async function embedFrame(page: Page): Promise<Frame> {
	const handle = await page.waitForSelector('iframe');
	const frame = await handle.contentFrame();
	if (!frame) throw new Error('the iframe has no frame');
	return frame;
}

/**
 * Waits until the iframe is as tall as what it shows (within 2 px), as the host's reader would
 * see it settle: the embed's height is read at once (the read lays it out), the iframe follows
 * when the loader has its message. Fails, naming both heights, if it never does.
 */
async function fits(page: Page, frame: Frame, what: string) {
	const heights = async () => ({
		iframe: await page.evaluate(() => document.querySelector('iframe')!.offsetHeight),
		content: await frame.evaluate(() =>
			Math.ceil(document.documentElement.getBoundingClientRect().height)
		)
	});
	await expect
		.poll(
			async () => {
				const { iframe, content } = await heights();
				return Math.abs(iframe - content) <= 2
					? 'fits'
					: `iframe ${iframe}px, content ${content}px`;
			},
			{ message: what, timeout: 5000 }
		)
		.toBe('fits');
}

describe.each(CHARTS)('the chart %s embedded with the code from /charts/', (chart) => {
	let snippet: string;
	beforeAll(async () => {
		snippet = await publishedSnippet(chart);
	});

	it('is an iframe of our embed page and our loader, with a default height', () => {
		expect(snippet).toContain(`${new URL(baseURL()).origin}/embed/${chart}/`);
		expect(snippet).toContain(`${new URL(baseURL()).origin}/embed.js`);
		expect(snippet).toMatch(/style="width: 1px; min-width: 100%; height: \d+px; border: 0"/u);
	});

	// the narrowest phone and a desktop column; each is then narrowed by 300 px, as a resized window is
	it.each([320, 1000])(
		'takes the height of its content at %i px, after a state change and with the table open',
		async (width) => {
			const { page, frame, close } = await openHost(`/ours/${chart}`, article(snippet), width);
			await fits(page, frame, 'on load');

			const next = frame
				.locator('[data-embed-state]:not([hidden]) .stepper button:not([disabled])')
				.first();
			await next.click();
			const shown = await frame
				.locator('[data-embed-state]:not([hidden])')
				.getAttribute('data-embed-state');
			expect(shown).not.toBe('final');
			await fits(page, frame, 'after a state change');

			await frame.locator('[data-embed-state]:not([hidden]) [aria-controls]').click();
			await expect
				.poll(() => frame.locator('[data-embed-state]:not([hidden]) table').isVisible())
				.toBe(true);
			await fits(page, frame, 'with the table open');

			await page.setViewportSize({ width: Math.max(280, width - 300), height: 900 });
			await fits(page, frame, 'after the frame was narrowed');
			await close();
		}
	);

	it('is sized by a host that listens only for AMP’s embed-size message', async () => {
		const iframeOnly = snippet.replace(/<script[\s\S]*<\/script>/u, '');
		expect(iframeOnly).not.toContain('<script');
		for (const width of [320, 1000]) {
			const { page, frame, close } = await openHost(
				`/amp/${chart}`,
				article(iframeOnly, AMP_LISTENER),
				width
			);
			await fits(page, frame, `AMP host at ${width}px`);
			await frame.locator('[data-embed-state]:not([hidden]) [aria-controls]').click();
			await fits(page, frame, `AMP host at ${width}px, table open`);
			await close();
		}
	});
});

/** A host article whose own loader, @newswire/frames, makes the iframe from a `data-frame-src`. */
function newswireHost(embed: string): string {
	pages.set(
		'/newswire.js',
		readFileSync(resolve('node_modules/@newswire/frames/dist/frames.umd.js'), 'utf8')
	);
	return article(
		`<div data-frame-src="${baseURL()}${embed}"></div>`,
		'<script src="/newswire.js"></script><script>newswireFrames.autoInitFrames();</script>'
	);
}

describe('an English chart embedded with the code from /en/charts/', () => {
	it('is the English embed, titled in English, and takes its content’s height, with our loader and with one we did not write', async () => {
		const snippet = await publishedSnippet('target-progress', '/en/charts/');
		expect(snippet).toContain(`${new URL(baseURL()).origin}/en/embed/target-progress/`);
		const title = /title="([^"]+)"/u.exec(snippet)?.[1] ?? '';
		expect(title).toMatch(/[a-z]{3}/u);
		expect(title).not.toMatch(/\p{Script=Han}/u);
		for (const width of [320, 1000]) {
			const { page, frame, close } = await openHost('/ours-en', article(snippet), width);
			expect(await frame.locator('html').getAttribute('lang')).toBe('en');
			await fits(page, frame, `English embed at ${width}px`);
			await frame.locator('[data-embed-state]:not([hidden]) [aria-controls]').click();
			await fits(page, frame, `English embed at ${width}px, table open`);
			await close();
		}
		const { page, frame, close } = await openHost(
			'/newswire-en',
			newswireHost('/en/embed/income-path/'),
			320
		);
		await fits(page, frame, '@newswire/frames, English, at 320px');
		await close();
	});
});

describe('a loader we did not write', () => {
	it('@newswire/frames sizes our embed from its AMP messages', async () => {
		const body = newswireHost('/embed/income-path/');
		for (const width of [320, 1000]) {
			const { page, frame, close } = await openHost('/newswire', body, width);
			await fits(page, frame, `@newswire/frames at ${width}px`);
			await frame.locator('[data-embed-state]:not([hidden]) [aria-controls]').click();
			await fits(page, frame, `@newswire/frames at ${width}px, table open`);
			await close();
		}
	});
});

describe('the embed loader', () => {
	it('ignores messages of the wrong shape, from another origin, or from another frame', async () => {
		const snippet = await publishedSnippet('income-path');
		const { page, frame, close } = await openHost('/trust', article(snippet), 600);
		await fits(page, frame, 'on load');
		const height = () => page.evaluate(() => document.querySelector('iframe')!.offsetHeight);

		// the right shape, but from the host page's own origin
		await page.evaluate(() =>
			window.postMessage({ type: 'changqing-embed:height', chart: 'x', height: 77 }, '*')
		);
		// from the right frame and origin, but the wrong shape
		await frame.evaluate(() => {
			for (const message of [
				{ type: 'changqing-embed:height', height: '77' },
				{ type: 'changqing-embed:height', height: 5e7 },
				{ type: 'changqing-embed:height', height: -5 },
				{ type: 'something-else', height: 77 },
				'changqing-embed:height 77',
				null
			])
				window.parent.postMessage(message, '*');
		});
		// the right shape and origin, but from a frame inside ours: not one of the host's iframes
		await frame.evaluate((src) => {
			const child = document.createElement('iframe');
			child.src = src;
			document.body.append(child);
		}, `${baseURL()}/embed/locator-map/`);
		await expect
			.poll(() => page.frames().some((f) => f.url().includes('/embed/locator-map/')))
			.toBe(true);
		const child = page.frames().find((f) => f.url().includes('/embed/locator-map/'))!;
		await child.waitForLoadState('load');
		await child.evaluate(() =>
			window.top!.postMessage({ type: 'changqing-embed:height', chart: 'x', height: 77 }, '*')
		);
		await page.waitForTimeout(300);
		expect(await height()).not.toBe(77);

		// and the right message from the right frame is obeyed
		await frame.evaluate(() =>
			window.parent.postMessage({ type: 'changqing-embed:height', chart: 'x', height: 77 }, '*')
		);
		await expect.poll(height).toBe(77);
		await close();
	});
});

describe('an embed in a sandboxed frame, as a CMS’s HTML block renders it', () => {
	it('shows the chart: no frame-ancestors refuses a parent with an opaque origin', async () => {
		const site = await startServer({ dir: resolve('build') });
		const sandboxed = `<iframe sandbox="allow-scripts" src="${site.url}/embed/income-path/"
			title="chart" style="width: 100%; height: 640px; border: 0"></iframe>`;
		const { page, frame, close } = await openHost('/sandboxed', article(sandboxed), 800);
		await frame.locator('[data-embed-state="final"] svg').first().waitFor();
		expect(await frame.locator('[data-embed-state="final"] h1').textContent()).toBeTruthy();
		expect(await page.evaluate(() => document.querySelector('iframe')!.offsetHeight)).toBe(640);
		await close();
		await site.close();
	});
});

describe('a foreign frame that navigates itself to an embed', () => {
	it('is not resized by our loader: its own src is not ours', async () => {
		const snippet = await publishedSnippet('income-path');
		const ad = `<iframe id="ad" src="${hostURL}/ad" style="width: 300px; height: 250px; border: 0"></iframe>`;
		pages.set('/ad', '<!doctype html><title>An ad</title><p>An ad</p>');
		const { page, close } = await openHost('/with-ad', article(snippet, ad), 800);
		const adFrame = page.frames().find((f) => f.url().endsWith('/ad'))!;
		await adFrame.evaluate((url) => location.assign(url), `${baseURL()}/embed/locator-map/`);
		await expect
			.poll(() => page.frames().some((f) => f.url().includes('/embed/locator-map/')))
			.toBe(true);
		const moved = page.frames().find((f) => f.url().includes('/embed/locator-map/'))!;
		await moved.waitForLoadState('load');
		await moved.evaluate(() =>
			window.parent.postMessage({ type: 'changqing-embed:height', chart: 'x', height: 1009 }, '*')
		);
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => document.getElementById('ad')!.offsetHeight)).toBe(250);
		await close();
	});
});

describe('an embed page’s address', () => {
	const HOSTILE = [
		'?theme=<script>window.__pwned=1</script>',
		'?state=<img src=x onerror="window.__pwned=1">',
		'?theme=dark"><script>window.__pwned=1</script>',
		`?state=${'a'.repeat(3000)}&theme=${'b'.repeat(3000)}`,
		'?state=%E2%80%AEfinal%F0%9F%92%A9&theme=%00dark',
		'?state=__proto__&theme=constructor',
		'?state=final&state=other&theme=light&theme=<b>'
	];

	const cases = HOSTILE.map((q) => [
		q.length > 80 ? `${q.slice(0, 40)}… (${q.length} characters)` : q,
		q
	]);
	it('changes nothing and injects nothing, whatever its query', async () => {
		const { page, errors, close } = await openPage(browser, '/embed/income-path/');
		const expected = await page.locator('main').innerHTML();
		const problems: string[] = [];
		for (const [name, query] of cases) {
			await page.goto(`${baseURL()}/embed/income-path/${query}`, { waitUntil: 'load' });
			if (await page.evaluate(() => 'pwned' in window || '__pwned' in window))
				problems.push(`${name}: ran a script`);
			if ((await page.locator('main').innerHTML()) !== expected)
				problems.push(`${name}: changed the page`);
			if (await page.locator('script:not([src])').count())
				problems.push(`${name}: an inline script`);
			const theme = await page.evaluate(() => document.documentElement.dataset.theme ?? null);
			if (theme !== null && theme !== 'light') problems.push(`${name}: theme ${theme}`);
		}
		expect(problems).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});

	it('opens the state it names, and the theme it names', async () => {
		const { page, close } = await openPage(browser, '/embed/income-path/?state=urban&theme=dark');
		const states = await page
			.locator('[data-embed-state]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-embed-state')));
		expect(states).toContain('urban');
		await expect
			.poll(() => page.locator('[data-embed-state]:not([hidden])').getAttribute('data-embed-state'))
			.toBe('urban');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const background = await page.evaluate(
			() => getComputedStyle(document.documentElement).backgroundColor
		);
		expect(background).not.toBe('rgb(251, 249, 245)');
		await close();
	});
});

describe('every embed, at a phone’s width', () => {
	const embeds = readdirSync(resolve('build/embed')).sort();

	it('shows each state’s rows whole, every one inside the plot, laid out for a phone: no words on each other', async () => {
		const { page, close } = await openPage(browser, `/embed/${embeds[0]}/`, {
			viewport: { width: 320, height: 800 }
		});
		const problems: string[] = [];
		for (const chart of embeds.flatMap((c) => [`embed/${c}`, `en/embed/${c}`])) {
			await page.goto(`${baseURL()}/${chart}/`, { waitUntil: 'load' });
			// the stepper shows one state at a time; each is shown in turn, as its buttons would
			const found = await page.evaluate(() => {
				const states = [...document.querySelectorAll<HTMLElement>('[data-embed-state]')];
				return states.flatMap((state) => {
					for (const s of states) s.hidden = s !== state;
					const plot = state.querySelector('.plot')!.getBoundingClientRect();
					const name = state.dataset.embedState;
					// a chart without rows: its plot is not empty
					const problems =
						plot.height < 150 ? [`${name}: a plot ${Math.round(plot.height)} px tall`] : [];
					// the layout the plot's width shows (an embed draws a wide one and a phone's)
					const bands = [...state.querySelectorAll<HTMLElement>('[data-band]')].filter(
						(b) => !b.closest('.layout') || b.closest('.layout')!.checkVisibility()
					);
					for (const band of bands) {
						const box = band.getBoundingClientRect();
						const row = `${name}: “${band.textContent?.trim().slice(0, 12)}”`;
						if (box.height === 0) problems.push(`${row} has no height`);
						else if (box.top < plot.top - 1 || box.bottom > plot.bottom + 1)
							problems.push(`${row} is outside the plot`);
					}
					// no two words on each other: each line's em box about its middle, as the phone
					// layout test measures the story's charts
					const lines: { r: DOMRect; text: string; node: Node }[] = [];
					const walker = document.createTreeWalker(state.querySelector('.plot')!, 4);
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						const el = n.parentElement!;
						if (!n.textContent!.trim() || el.closest('.visually-hidden, title, desc')) continue;
						if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
						const range = document.createRange();
						range.selectNodeContents(n);
						const em = parseFloat(getComputedStyle(el).fontSize);
						// what shows of it: a name cut short with an ellipsis ends at its box
						let clip = new DOMRect(-1e4, -1e4, 2e4, 2e4);
						for (let a: Element | null = el; a && a !== state; a = a.parentElement) {
							const st = getComputedStyle(a);
							if (st.overflowX === 'visible' && st.overflowY === 'visible') continue;
							const c = a.getBoundingClientRect();
							const [l, t] = [Math.max(clip.left, c.left), Math.max(clip.top, c.top)];
							const [r, b] = [Math.min(clip.right, c.right), Math.min(clip.bottom, c.bottom)];
							clip = new DOMRect(l, t, Math.max(r - l, 0), Math.max(b - t, 0));
						}
						for (const r of range.getClientRects()) {
							const middle = (r.top + r.bottom) / 2;
							const [l, t] = [Math.max(r.left, clip.left), Math.max(middle - em / 2, clip.top)];
							const [rt, b] = [
								Math.min(r.right, clip.right),
								Math.min(middle + em / 2, clip.bottom)
							];
							if (rt - l >= 1 && b - t >= 1)
								lines.push({
									r: new DOMRect(l, t, rt - l, b - t),
									text: n.textContent!.trim().slice(0, 16),
									node: n
								});
						}
					}
					for (let a = 0; a < lines.length; a++)
						for (let b = a + 1; b < lines.length; b++) {
							const [p, q] = [lines[a]!, lines[b]!];
							if (p.node === q.node) continue;
							const w = Math.min(p.r.right, q.r.right) - Math.max(p.r.left, q.r.left);
							const h = Math.min(p.r.bottom, q.r.bottom) - Math.max(p.r.top, q.r.top);
							if (w > 1 && h > 1) problems.push(`${name}: “${p.text}” on “${q.text}”`);
						}
					return problems;
				});
			});
			problems.push(...found.map((p) => `${chart} ${p}`));
		}
		expect(embeds.length).toBeGreaterThan(8);
		expect(problems).toEqual([]);
		await close();
	});
});

describe('accessibility', () => {
	const embeds = readdirSync(resolve('build/embed')).sort();

	// one embed a test: the 22 runs of axe took 20 to 60 s together, against a minute's timeout
	// on a busy machine
	it('covers every embed', () => expect(embeds.length).toBeGreaterThan(8));

	it.each(embeds)('finds no violation in the embed %s, light or dark, at 320 px', async (chart) => {
		// axe is injected as an inline script, which the page's own CSP rightly refuses
		const { page, close } = await openPage(browser, `/embed/${chart}/`, {
			viewport: { width: 320, height: 800 },
			bypassCSP: true
		});
		const violations: string[] = [];
		for (const theme of ['light', 'dark']) {
			await page.goto(`${baseURL()}/embed/${chart}/?theme=${theme}`, { waitUntil: 'load' });
			// the dark theme changes colours only: its run checks what colours decide
			const found = await axeViolations(
				page,
				theme === 'dark' ? ['color-contrast', 'link-in-text-block'] : undefined
			);
			violations.push(...found.map((v) => `${theme}: ${v}`));
		}
		expect(violations).toEqual([]);
		await close();
	});
});
