/**
 * The report offline, as an official presenting it from a laptop on a venue network that drops:
 * after one visit to `/`, every page opens and works with the network cut, and a new
 * deployment replaces the old one, cache and all. Each test serves a site of its own; to cut
 * the network it shuts it down, sets the browser offline and empties its HTTP cache, so that
 * only the service worker can answer.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.js';
import { stampServiceWorker } from '../../scripts/stamp-sw';
import { builtPages } from '../../scripts/headers';
import { DESKTOP, launch, recordErrors } from './browser';
import { dataset } from './dataset';

const BUILD = resolve('build');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** A page in a context of its own: service workers and their caches live per context. */
async function freshPage() {
	const context = await browser.newContext({ viewport: DESKTOP });
	const page = await context.newPage();
	return { context, page, errors: await recordErrors(page) };
}

/** Waits until a service worker has filled its cache and controls the page. */
async function controlled(page: Page) {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active!;
		if (worker.state !== 'activated') {
			await new Promise((done) =>
				worker.addEventListener('statechange', () => worker.state === 'activated' && done(null))
			);
		}
		if (!navigator.serviceWorker.controller) {
			await new Promise((done) =>
				navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
			);
		}
	});
}

/** The network cut: the browser offline, the site's server gone, the HTTP cache empty. */
async function cut(page: Page, site: { close: () => Promise<void> }) {
	await page.context().setOffline(true);
	await site.close();
	await forgetHttpCache(page);
}

async function forgetHttpCache(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	await cdp.detach();
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Every path the worker keeps, with its size in bytes. */
const cached = (page: Page) =>
	page.evaluate(async () => {
		const name = (await caches.keys()).find((key) => key.startsWith('changqing-offline-'));
		const cache = await caches.open(name!);
		return Promise.all(
			(await cache.keys()).map(async (request) => ({
				path: new URL(request.url).pathname,
				bytes: (await (await cache.match(request))!.arrayBuffer()).byteLength
			}))
		);
	});

const chartState = (page: Page, chapter: string) =>
	page.locator(`section#${chapter} figure[data-chart]`).getAttribute('data-state');

describe('after one visit to /', () => {
	it('keeps every page of the build, but no share card or PNG download, in under 19 MB (both editions)', async () => {
		const site = await startServer({ dir: BUILD });
		const { context, page, errors } = await freshPage();
		await page.goto(site.url + '/');
		await controlled(page);
		// named after the built site's content by postbuild, not left unstamped
		expect(await cacheNames(page)).toEqual([
			expect.stringMatching(/^changqing-offline-content-[0-9a-f]{16}$/u)
		]);
		const entries = await cached(page);
		const paths = entries.map((e) => e.path);
		expect(paths).toEqual(expect.arrayContaining([...builtPages(BUILD), '/story/zh.json']));
		expect(paths.filter((p) => p.startsWith('/cards/') || p.endsWith('.png'))).toEqual([]);
		expect(paths).not.toContain('/_headers');
		const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
		// 18 MB since 2026-12-08 (17 before, 16 before 2026-12-07): every table cell carries its
		// column's name for a phone's rows read down, 13,000 cells and 277 KB uncompressed (they
		// compress to little); then 进度's two more steps (each step is a slide, a card, a chart
		// state in several pages) and the spans that keep Chinese quoted terms whole, 22 KB over;
		// 19 MB since then: every embed draws each state for a phone too (18.04 MiB)
		expect(bytes, `${entries.length} files, ${bytes} bytes`).toBeLessThan(19 * 1024 * 1024);
		expect(errors).toEqual([]);
		await context.close();
		await site.close();
	});

	it('opens the story, the data desk, the sources, an embed and the presentation with the network cut, and they work', async () => {
		const site = await startServer({ dir: BUILD });
		const { context, page, errors } = await freshPage();
		await page.goto(site.url + '/');
		await controlled(page);
		await cut(page, site);

		// the story: its first chapter wakes when scrolled to, its data from the cache
		await page.reload();
		await page.locator('main[data-ready]').waitFor();
		const first = page.locator('section.chapter .step').first();
		const chapter = await first.evaluate((el) => el.closest('section')!.id);
		const state = await first.getAttribute('data-state');
		await first.evaluate((el) => {
			const top = el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.45;
			window.scrollTo({ top, behavior: 'instant' });
		});
		await expect.poll(() => chartState(page, chapter), { timeout: 5000 }).toBe(state);

		// the data desk from the header's link, the page's data fetched by SvelteKit, then opened
		// afresh: all its rows, and its search narrows them
		await page.locator('header.site nav a[href$="/data/"]').click();
		await page.waitForURL((url) => url.pathname === '/data/');
		await page.locator('main.desk[data-ready]').waitFor();
		await page.reload();
		await page.locator('main.desk[data-ready]').waitFor();
		expect(await page.locator('tbody tr[data-figure-id]').count()).toBe(dataset.figures.length);
		await page.getByLabel('搜索', { exact: true }).fill('一般公共预算收入');
		const expected = dataset.figures.filter((f) =>
			`${f.metric_zh} ${f.metric_en} ${f.id} ${f.excerpt}`.includes('一般公共预算收入')
		).length;
		await expect.poll(() => page.getByTestId('shown-count').textContent()).toBe(String(expected));

		// the sources: every figure with its excerpt
		await page.goto(site.url + '/sources/');
		expect(await page.locator('li.figure[id]').count()).toBe(dataset.figures.length);

		// an embed: its ‹ › step through the chart's states
		await page.goto(site.url + '/embed/income-path/');
		const shown = () =>
			page.locator('[data-embed-state]:not([hidden])').getAttribute('data-embed-state');
		const before = await shown();
		await page
			.locator('[data-embed-state]:not([hidden]) .stepper button:not([disabled])')
			.first()
			.click();
		await expect.poll(shown).not.toBe(before);

		// the presentation: a reload resumes at its slide, and the keys move it on
		await page.goto(site.url + '/present/#/3');
		await page.locator('.deck[data-ready]').waitFor();
		const slide = () => page.locator('.deck').getAttribute('data-index');
		await page.keyboard.press('ArrowRight');
		await expect.poll(slide).toBe('3');
		await page.reload();
		await page.locator('.deck[data-ready]').waitFor();
		expect(await slide()).toBe('3');
		expect(await page.locator('.stage .chart-frame').count()).toBe(1);

		// a chapter's shareable link goes on to its chapter in the story
		await page.goto(site.url + `/chapters/${chapter}/`);
		await page.waitForURL(`**/#${chapter}`);

		expect(errors).toEqual([]);
		// what the worker does not keep is not there: the network really is cut
		await expect(page.goto(site.url + '/cards/index.png')).rejects.toThrow(
			/INTERNET_DISCONNECTED/u
		);
		await context.close();
	});
});

describe('a network that hangs rather than fails', () => {
	it('still opens a page within seconds, from the cache', async () => {
		// the site, until it stops answering: requests are taken and never answered
		let hanging = false;
		const assets = sirv(BUILD, { dev: false });
		const server = createServer((req, res) => hanging || assets(req, res));
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		const { context, page, errors } = await freshPage();
		await page.goto(url + '/');
		await controlled(page);

		hanging = true;
		await forgetHttpCache(page);
		const started = Date.now();
		await page.goto(url + '/data/');
		await page.locator('main[data-ready]').waitFor();
		const waited = Date.now() - started;
		expect(waited).toBeGreaterThan(2000);
		expect(waited).toBeLessThan(8000);
		expect(errors).toEqual([]);
		await context.close();
		server.closeAllConnections();
		await new Promise((done) => server.close(done));
	});
});

describe('a new deployment', () => {
	it('installs beside the open tab, then replaces the old one, offline too, its cache deleted', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'offline-site-'));
		cpSync(BUILD, dir, { recursive: true });
		let site = await startServer({ dir });
		const { context, page } = await freshPage();
		await page.goto(site.url + '/');
		await controlled(page);
		const [old] = await cacheNames(page);

		// the about page says something new: the worker a rebuild makes, stamped with the content
		const about = join(dir, 'about/index.html');
		writeFileSync(
			about,
			readFileSync(about, 'utf8').replace('<h1>关于本报道</h1>', '<h1>关于本报道（修订版）</h1>')
		);
		const version = stampServiceWorker(dir);
		// the same origin, serving the new files
		await site.close();
		site = await startServer({ dir, port: Number(new URL(site.url).port) });

		// the open tab checks for an update, as a navigation would: the new worker installs and
		// waits, and the tab keeps its own deployment meanwhile
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
		// (installing fetches the whole site anew: give it time)
		await expect
			.poll(
				() =>
					page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting),
				{ timeout: 15_000 }
			)
			.toBe(true);
		expect((await cacheNames(page)).sort()).toEqual([old, `changqing-offline-${version}`].sort());
		// online, the old worker already shows the new page: the network comes first
		await page.goto(site.url + '/about/');
		expect(await page.locator('h1').textContent()).toBe('关于本报道（修订版）');

		// the reader closes the tab and comes back: the new deployment, and only its cache
		await page.close();
		const next = await context.newPage();
		const errors = await recordErrors(next);
		// with its last tab gone the waiting worker activates by itself and deletes the old
		// deployment's 16 MB cache. The browser notes the closed tab a moment later: coming back
		// before that, the reader would still get the old worker, so wait for it as they would.
		await waitForNoWaitingWorker(next);
		await next.goto(site.url + '/about/', { timeout: 90_000 });
		await expect
			.poll(() => cacheNames(next), { timeout: 60_000 })
			.toEqual([`changqing-offline-${version}`]);
		expect(await next.locator('h1').textContent()).toBe('关于本报道（修订版）');

		await cut(next, site);
		await next.reload();
		expect(await next.locator('h1').textContent()).toBe('关于本报道（修订版）');
		await next.goto(site.url + '/');
		await next.locator('main[data-ready]').waitFor();
		expect(errors).toEqual([]);
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}, 180_000);
});

/** Waits, through the DevTools protocol, until no service worker of the context is waiting. */
async function waitForNoWaitingWorker(page: Page) {
	const session = await page.context().newCDPSession(page);
	const status = new Map<string, string>();
	session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
		for (const version of versions) status.set(version.versionId, version.status);
	});
	await session.send('ServiceWorker.enable');
	await expect
		.poll(() => status.size > 0 && ![...status.values()].includes('installed'), {
			timeout: 60_000
		})
		.toBe(true);
	await session.detach();
}

/** A copy of the build served on a port of its own, whose answers a test may change. */
async function switchableSite(movedTo = 'http://127.0.0.1:9/') {
	const dir = mkdtempSync(join(tmpdir(), 'offline-site-'));
	cpSync(BUILD, dir, { recursive: true });
	let answer: 'site' | 'gone' | 'moved' = 'site';
	// files read at each request: a test deploys new ones while it runs
	const assets = sirv(dir, { dev: true });
	const server = createServer((req, res) => {
		if (answer === 'gone' && req.url !== '/service-worker.js') {
			res.statusCode = 404;
			res.setHeader('content-type', 'text/html; charset=utf-8');
			return res.end('<!doctype html><title>Gone</title><h1>This report has moved</h1>');
		}
		if (answer === 'moved' && req.url !== '/service-worker.js') {
			res.statusCode = 302;
			res.setHeader('location', movedTo);
			return res.end();
		}
		return assets(req, res);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	return {
		dir,
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		set: (next: typeof answer) => (answer = next),
		close: async () => {
			server.closeAllConnections();
			await new Promise((done) => server.close(done));
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

describe('a site that is retired or moved', () => {
	it('shows what the server says once it answers 404 for every page, not the cached copy', async () => {
		const site = await switchableSite();
		const { context, page } = await freshPage();
		await page.goto(site.url + '/');
		await controlled(page);
		site.set('gone');
		await forgetHttpCache(page);
		const response = await page.goto(site.url + '/sources/');
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('This report has moved');
		await context.close();
		await site.close();
	});

	it('follows the server’s redirect to another origin, not the cached copy', async () => {
		// the new home, on another origin (another port)
		const home = createServer((_req, res) => {
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end('<!doctype html><title>New home</title><h1>The report’s new home</h1>');
		});
		await new Promise<void>((done) => home.listen(0, '127.0.0.1', done));
		const site = await switchableSite(`http://127.0.0.1:${(home.address() as AddressInfo).port}/`);
		const { context, page } = await freshPage();
		await page.goto(site.url + '/');
		await controlled(page);
		site.set('moved');
		await forgetHttpCache(page);
		await page.goto(site.url + '/about/');
		expect(await page.locator('h1').textContent()).toBe('The report’s new home');
		await context.close();
		await site.close();
		await new Promise((done) => home.close(done));
	});

	it('leaves no worker and none of its caches once the retirement worker is deployed, and keeps another app’s cache', async () => {
		const site = await switchableSite();
		const { context, page, errors } = await freshPage();
		await page.goto(site.url + '/');
		await page.evaluate(() => caches.open('another-app').then(() => undefined));
		await controlled(page);
		expect(await cacheNames(page)).toContain('another-app');

		// retired: the pages are gone, and the retirement worker stands in the old one's place
		cpSync(resolve('scripts/retire/service-worker.js'), join(site.dir, 'service-worker.js'));
		site.set('gone');
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
		await expect
			.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())), {
				timeout: 10_000
			})
			.toBe(false);
		await expect.poll(() => cacheNames(page)).toEqual(['another-app']);
		// and the open tab was reloaded: it shows what the server says now
		await expect.poll(() => page.locator('h1').textContent()).toBe('This report has moved');
		expect(errors.filter((e) => !/404/u.test(e))).toEqual([]);
		await context.close();
		await site.close();
	});
});
