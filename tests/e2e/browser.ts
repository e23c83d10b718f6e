/**
 * Real Chromium (Debian's, at /usr/bin/chromium) driven by playwright-core, with a page that
 * records what a reader would not see: console errors, failed requests, and every request
 * that leaves the site's own origin.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { LAUNCH } from '../../scripts/chromium.js';

export const baseURL = () => inject('baseURL');

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1440, height: 900 } as const;
export const PROJECTOR = { width: 1920, height: 1080 } as const;

export function launch(): Promise<Browser> {
	return chromium.launch(LAUNCH);
}

export interface WatchedPage {
	page: Page;
	/** Requests to any origin but the site's own. */
	foreign: string[];
	/** Console errors, uncaught exceptions and Content-Security-Policy violations. */
	errors: string[];
	close: () => Promise<void>;
}

export async function openPage(
	browser: Browser,
	path: string,
	options: BrowserContextOptions = {}
): Promise<WatchedPage> {
	// the service worker caches the whole site in the background: tests of pages block it, the
	// offline tests (offline.test.ts) run it.
	// Charts move to a new state at once for a reader who asks for reduced motion, and so they do
	// here unless a test asks for motion: most tests measure where things come to rest, and a
	// 600 ms tween at every step was a third of the suite's time, spent waiting and painting.
	// The tests of motion itself, and one reading of the story as most readers scroll it, pass
	// `reducedMotion: 'no-preference'`.
	const context = await browser.newContext({
		viewport: PHONE,
		serviceWorkers: 'block',
		reducedMotion: 'reduce',
		...options
	});
	const page = await context.newPage();
	const origin = new URL(baseURL()).origin;
	const foreign: string[] = [];
	// Block anything off-origin so a test can never depend on the network, and record it.
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
			return route.continue();
		}
		foreign.push(url);
		return route.abort();
	});
	const errors = await recordErrors(page);
	await page.goto(baseURL() + path, { waitUntil: 'load' });
	if (options.javaScriptEnabled !== false) await hydrated(page);
	return { page, foreign, errors, close: () => context.close() };
}

/**
 * Waits until the page's scripts run: a page that boots SvelteKit marks its root when it has
 * hydrated (src/routes/+layout.svelte); a page without scripts (csr = false) is ready at `load`.
 * Faster than waiting for the network to fall quiet, which costs half a second every page.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForFunction(
		() =>
			document.documentElement.hasAttribute('data-hydrated') ||
			![...document.scripts].some((script) => script.textContent?.includes('__sveltekit'))
	);
}

/**
 * A finger's swipe from (x, y) through `dy` px (negative: up, scrolling on), as touch events:
 * Chromium scrolls what is under the finger as a phone does, which a mouse wheel does not show.
 */
export async function swipe(page: Page, x: number, y: number, dy: number): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
	for (let i = 1; i <= 10; i++)
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: [{ x, y: y + (dy * i) / 10 }]
		});
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

/** A page's console errors, uncaught exceptions and Content-Security-Policy violations. */
export async function recordErrors(page: Page): Promise<string[]> {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`)
		);
	});
	return errors;
}

/**
 * axe's violations on the page as it stands, one line each with the elements. axe is injected
 * as an inline script, which the page's own CSP rightly refuses: open the page with
 * `bypassCSP: true`. `rules` runs only those (a dark theme, which changes colours alone).
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
	await page.addScriptTag({
		content: readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8')
	});
	return page.evaluate(async (only) => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, {
			resultTypes: ['violations'],
			...(only ? { runOnly: only } : {})
		});
		return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
	}, rules);
}
