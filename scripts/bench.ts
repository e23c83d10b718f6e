/**
 * `npm run bench`: how fast and how heavy the built site is, measured the way a reader on a
 * mid-range phone meets it, against a no-JS baseline of the same pages.
 *
 * It builds the site, serves it precompressed (brotli/gzip, as a real host would) and, beside
 * it, the same pages with every script removed. For each page it runs Lighthouse (mobile
 * preset, /usr/bin/chromium) three times and takes medians: the four category scores, FCP,
 * LCP (and which element it is), TBT, CLS, Speed Index, JS and total bytes transferred, request
 * count. It also measures first and largest paint in Chromium itself on the same throttled
 * phone, since Lighthouse simulates them (see paintPage). On `/` it also
 * scrolls the whole story at 390×844 with the CPU slowed 4× and records long tasks and the
 * frame rate. Every figure is also given as a ratio to the no-JS baseline. Results go to the
 * console and to bench/results.json, where a page keeps its figures until it is measured
 * again. Not part of `npm test`: timings vary, bytes do not, and
 * the byte budgets are enforced there.
 *
 *   npm run bench                 all pages, three runs
 *   npm run bench -- --runs 1     quicker
 *   npm run bench -- --no-build   reuse build/
 *   npm run bench -- --page /,/embed/income-path/   only these pages
 */
import { execSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, LAUNCH } from './chromium.js';
import { startServer } from './serve.js';

const ROOT = resolve(import.meta.dirname, '..');
/** The site's pages, and embeds of three kinds (lines, rows of words, a map). */
const PAGES = [
	'/',
	'/data/',
	'/sources/',
	'/charts/',
	'/about/',
	'/embed/income-path/',
	'/embed/target-progress/',
	'/embed/locator-map/'
];

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const pages = args.includes('--page') ? args[args.indexOf('--page') + 1]!.split(',') : PAGES;

/** Every file under a folder. */
function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** Writes .br and .gz beside every text file, so the server can send them as a CDN would. */
function precompress(dir: string) {
	for (const file of walk(dir)) {
		if (!/\.(html|js|css|json|svg|csv|txt)$/u.test(file)) continue;
		const body = readFileSync(file);
		writeFileSync(file + '.gz', gzipSync(body, { level: 9 }));
		writeFileSync(
			file + '.br',
			brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
		);
	}
}

/** The prerendered pages with every script and module preload taken out: the no-JS baseline. */
function stripScripts(dir: string) {
	for (const file of walk(dir).filter((f) => f.endsWith('.html'))) {
		const html = readFileSync(file, 'utf8')
			.replace(/<script\b[\s\S]*?<\/script>/gu, '')
			.replace(/<link[^>]+rel="modulepreload"[^>]*>/gu, '');
		writeFileSync(file, html);
	}
}

interface LighthouseFigures {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	fcp: number;
	lcp: number;
	tbt: number;
	cls: number;
	speedIndex: number;
	jsBytes: number;
	totalBytes: number;
	requests: number;
}

/** What Lighthouse found as the largest paint, to say which element the LCP figures are about. */
const lcpElements = new Map<string, string>();

async function runLighthouse(url: string): Promise<LighthouseFigures> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: CHROMIUM_FLAGS
	});
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { categories, audits } = result.lhr;
		const requests =
			(
				audits['network-requests']?.details as {
					items?: { resourceType?: string; transferSize?: number }[];
				}
			)?.items ?? [];
		const element = (
			audits['largest-contentful-paint-element']?.details as {
				items?: { items?: { node?: { selector?: string } }[] }[];
			}
		)?.items?.[0]?.items?.[0]?.node?.selector;
		if (element) lcpElements.set(url, element);
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		const value = (id: string) => audits[id]?.numericValue ?? NaN;
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			fcp: value('first-contentful-paint'),
			lcp: value('largest-contentful-paint'),
			tbt: value('total-blocking-time'),
			cls: value('cumulative-layout-shift'),
			speedIndex: value('speed-index'),
			jsBytes: requests
				.filter((r) => r.resourceType === 'Script')
				.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
			totalBytes: requests.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
			requests: requests.length
		};
	} finally {
		chrome.kill();
	}
}

/** Runs `measure` in a fresh Chromium on a 390×844 phone, then closes it. */
async function onPhone<T>(measure: (page: Page, cdp: CDPSession) => Promise<T>): Promise<T> {
	const browser = await chromium.launch(LAUNCH);
	try {
		const page = await browser.newPage({
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true
		});
		return await measure(page, await page.context().newCDPSession(page));
	} finally {
		await browser.close();
	}
}

interface PaintFigures {
	fcp: number;
	lcp: number;
}

/**
 * First and largest paint measured in Chromium itself, not simulated: a phone (390×844) on
 * Lighthouse's mobile network (150 ms round trip, 1.6 Mbit/s down) with the CPU slowed 4×.
 * Lighthouse's simulation (Lantern) charges a whole document's download before its first paint,
 * where a browser paints as the HTML arrives; this is the figure to read beside it.
 */
function paintPage(url: string): Promise<PaintFigures & { element: string }> {
	return onPhone(async (page, cdp) => {
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 150,
			downloadThroughput: (1.6 * 1024 * 1024) / 8,
			uploadThroughput: (750 * 1024) / 8
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForTimeout(1500);
		return (await page.evaluate(`new Promise((done) => {
			const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
			new PerformanceObserver((list) => {
				const last = list.getEntries().at(-1);
				const el = last?.element;
				done({
					fcp,
					lcp: last?.startTime ?? NaN,
					element: el ? el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') : ''
				});
			}).observe({ type: 'largest-contentful-paint', buffered: true });
			// a page whose largest paint the browser does not report (the deck's slide) has none
			setTimeout(() => done({ fcp, lcp: NaN, element: '' }), 3000);
		})`)) as PaintFigures & { element: string };
	});
}

interface ScrollFigures {
	longTasks: number;
	longestTask: number;
	fps: number;
	/** Layout shift while scrolling: the sum of every shift not caused by a tap or key. */
	shift: number;
}

/** Scrolls the whole page on a phone with the CPU slowed 4×; counts long tasks, frames and shifts. */
function scrollPage(url: string): Promise<ScrollFigures> {
	return onPhone(async (page, cdp) => {
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.waitForTimeout(1000);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		// a string, not a function: tsx would wrap a function's inner names in a helper the page lacks
		await page.evaluate(`
			window.__tasks = [];
			window.__frames = 0;
			window.__shift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) window.__tasks.push(entry.duration);
			}).observe({ type: 'longtask' });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					if (!entry.hadRecentInput) window.__shift += entry.value;
			}).observe({ type: 'layout-shift' });
			const count = () => { window.__frames++; requestAnimationFrame(count); };
			requestAnimationFrame(count);
		`);
		const start = Date.now();
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		for (let y = 0; y < height; y += 300) {
			await page.mouse.wheel(0, 300);
			await page.waitForTimeout(60);
		}
		await page.waitForTimeout(1000);
		const seconds = (Date.now() - start) / 1000;
		const { tasks, frames, shift } = (await page.evaluate(
			'({ tasks: window.__tasks, frames: window.__frames, shift: window.__shift })'
		)) as { tasks: number[]; frames: number; shift: number };
		return {
			longTasks: tasks.length,
			longestTask: tasks.length ? Math.max(...tasks) : 0,
			fps: frames / seconds,
			shift
		};
	});
}

interface ReadingFigures {
	/** The page's height at 390 px, and in screens of 844 px. */
	height: number;
	screens: number;
	/** The story's step cards, and how many are taller than the room under the chart. */
	cards: number;
	cardsOverRoom: number;
	/** The tallest card over its room, in px. */
	worstOver: number;
}

/**
 * How long the story is on a phone: its height at 390×844 in px and screens, and, each step's
 * card brought up to where it turns the chart, how many are taller than the room left under
 * the chart (their second half then sits on it).
 */
function readingLength(url: string): Promise<ReadingFigures> {
	return onPhone(async (page) => {
		await page.goto(url, { waitUntil: 'networkidle' });
		const count = await page.locator('section.chapter .step .card').count();
		let over = 0;
		let worst = 0;
		for (let i = 0; i < count; i++) {
			const excess = await page.evaluate(async (n) => {
				const card = document.querySelectorAll('section.chapter .step .card')[n]!;
				window.scrollTo({
					top: card.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.62,
					behavior: 'instant'
				});
				await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
				return card.getBoundingClientRect().bottom - window.innerHeight;
			}, i);
			if (excess > 1) {
				over++;
				worst = Math.max(worst, excess);
			}
		}
		const [height, screen] = await page.evaluate(() => [
			document.documentElement.scrollHeight,
			window.innerHeight
		]);
		return {
			height: height!,
			screens: height! / screen!,
			cards: count,
			cardsOverRoom: over,
			worstOver: worst
		};
	});
}

const median = (xs: number[]) => {
	const sorted = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function medians<T extends object>(samples: T[]): T {
	const keys = Object.keys(samples[0]!) as (keyof T)[];
	return Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k] as number))])) as T;
}

// --- run -----------------------------------------------------------------------------------

if (!args.includes('--no-build')) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });

const work = resolve(ROOT, 'bench/.site');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const withJs = join(work, 'with-js');
const noJs = join(work, 'no-js');
cpSync(resolve(ROOT, 'build'), withJs, { recursive: true });
cpSync(resolve(ROOT, 'build'), noJs, { recursive: true });
stripScripts(noJs);
precompress(withJs);
precompress(noJs);

const site = await startServer({ dir: withJs, precompressed: true });
const baseline = await startServer({ dir: noJs, precompressed: true });

/**
 * Each page's latest figures: a run measuring some pages (`--page`) keeps the others' from the
 * last run that measured them, each entry with its own date.
 */
const RESULTS = resolve(ROOT, 'bench/results.json');
interface Entry {
	date: string;
	runs: number;
	/** The page's row in the table. */
	row: string[];
	/** Every figure: Lighthouse's, Chromium's paints, the scroll; with and without scripts. */
	[figures: string]: unknown;
}
const results: Record<string, Entry> = existsSync(RESULTS)
	? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { pages: Record<string, Entry> }).pages
	: {};
const date = new Date().toISOString();
const ratio = (a: number, b: number) => (b > 0 ? a / b : a === 0 ? 1 : Infinity);
const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

try {
	for (const path of pages) {
		console.info(`\n${path}: Lighthouse ×${runs}, with scripts and without`);
		const lh: LighthouseFigures[] = [];
		const lhBase: LighthouseFigures[] = [];
		for (let i = 0; i < runs; i++) {
			lh.push(await runLighthouse(site.url + path));
			lhBase.push(await runLighthouse(baseline.url + path));
		}
		const page = medians(lh);
		const base = medians(lhBase);
		console.info(`${path}: paints in Chromium on a throttled phone ×${runs}`);
		const pt: PaintFigures[] = [];
		const ptBase: PaintFigures[] = [];
		let element = '';
		for (let i = 0; i < runs; i++) {
			const { element: e, ...figures } = await paintPage(site.url + path);
			element = e;
			pt.push(figures);
			ptBase.push(await paintPage(baseline.url + path).then(({ fcp, lcp }) => ({ fcp, lcp })));
		}
		const paint = medians(pt);
		const paintBase = medians(ptBase);
		let scroll: ScrollFigures | undefined;
		let scrollBase: ScrollFigures | undefined;
		let reading: ReadingFigures | undefined;
		if (path === '/' || path === '/en/') {
			console.info(`${path}: its length on a phone, 390×844`);
			reading = await readingLength(site.url + path);
		}
		if (path === '/') {
			console.info('/: scrolling the story at 390×844, CPU 4× slower');
			const s: ScrollFigures[] = [];
			const sb: ScrollFigures[] = [];
			for (let i = 0; i < runs; i++) {
				s.push(await scrollPage(site.url + path));
				sb.push(await scrollPage(baseline.url + path));
			}
			scroll = medians(s);
			scrollBase = medians(sb);
		}
		const ratios = Object.fromEntries(
			(Object.keys(page) as (keyof LighthouseFigures)[]).map((k) => [k, ratio(page[k], base[k])])
		);
		const paintRatios = {
			fcp: ratio(paint.fcp, paintBase.fcp),
			lcp: ratio(paint.lcp, paintBase.lcp)
		};
		const row = [
			path,
			`${page.performance}/${page.accessibility}/${page.bestPractices}/${page.seo}`,
			`${fmt(page.fcp)} (${fmt(ratios.fcp!, 2)}×)`,
			`${fmt(page.lcp)} (${fmt(ratios.lcp!, 2)}×)`,
			`${fmt(paint.fcp)} (${fmt(paintRatios.fcp, 2)}×) / ${fmt(paint.lcp)} (${fmt(paintRatios.lcp, 2)}×) ${element}`,
			fmt(page.tbt),
			fmt(page.cls, 3),
			`${fmt(page.speedIndex)} (${fmt(ratios.speedIndex!, 2)}×)`,
			fmt(page.jsBytes / 1024, 1),
			`${fmt(page.totalBytes / 1024, 1)} (${fmt(ratios.totalBytes!, 2)}×)`,
			String(page.requests),
			scroll
				? `${scroll.longTasks} / ${fmt(scroll.longestTask)} ms / ${fmt(scroll.fps)} fps / ${fmt(scroll.shift, 3)}`
				: '',
			reading
				? `${fmt(reading.height)} px / ${fmt(reading.screens, 1)} / ${reading.cardsOverRoom} of ${reading.cards} (≤ ${fmt(reading.worstOver)} px)`
				: ''
		];
		results[path] = {
			date,
			runs,
			row,
			page,
			noJsBaseline: base,
			ratioToBaseline: ratios,
			lcpElement: lcpElements.get(site.url + path) ?? '',
			chromium: {
				paint,
				noJsBaseline: paintBase,
				ratioToBaseline: paintRatios,
				lcpElement: element
			},
			scroll,
			scrollBaseline: scrollBase,
			reading
		};
	}
} finally {
	await site.close();
	await baseline.close();
}

const header = [
	'page',
	'perf/a11y/bp/seo',
	'FCP ms (×no-JS)',
	'LCP ms (×no-JS)',
	'Chromium FCP / LCP ms (×no-JS), LCP element',
	'TBT ms',
	'CLS',
	'SI ms (×no-JS)',
	'JS KB',
	'total KB (×no-JS)',
	'requests',
	'scroll: long tasks / longest / fps / layout shift',
	'length at 390 px: height / screens / cards taller than the room under the chart'
];
// in the order of PAGES, then any other page measured
const order = [...PAGES, ...Object.keys(results).filter((p) => !PAGES.includes(p))];
const rows = order.flatMap((p) => (results[p]?.row ? [results[p].row] : []));
const table = [header, header.map(() => '---'), ...rows]
	.map((r) => `| ${r.join(' | ')} |`)
	.join('\n');
console.info(`\n${table}\n`);
// the other figures kept there (the tests' times, from scripts/time-tests.ts) stay
const kept = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as object) : {};
writeFileSync(RESULTS, JSON.stringify({ ...kept, pages: results, table }, null, '\t') + '\n');
console.info('Written to bench/results.json');
