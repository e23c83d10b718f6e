/**
 * The last step of `npm run build`, for what can only be made from the built site: each chart's
 * SVG and PNG downloads (downloads.ts), then every page's share card and meta (cards.ts), and
 * last the service worker's version, a hash of all of that (stamp-sw.ts). It needs Chromium
 * and Debian's fonts-noto-cjk (`node scripts/setup.js --browser`, which `npm run build` runs
 * first, installs them).
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { LOCALES } from '../src/lib/i18n/locale';
import { publicOrigin } from '../src/lib/server/origin';
import { shareCards } from './cards';
import { chartDownloads, chartIds } from './downloads';
import { CHROMIUM, LAUNCH } from './chromium.js';
import { startServer } from './serve.js';
import { stampServiceWorker } from './stamp-sw';

const BUILD = resolve(import.meta.dirname, '../build');

/** The same origin the pages were built with. */
const origin = publicOrigin();

const started = Date.now();
const site = await startServer({ dir: BUILD });
const browser = await chromium.launch(LAUNCH).catch(() => {
	throw new Error(
		`postbuild: cannot start Chromium at ${CHROMIUM}; \`node scripts/setup.js --browser\` installs it`
	);
});
try {
	const ids = await chartIds(site.url, browser);
	console.info(
		`Chart downloads (SVG, PNG) for ${ids.length} charts in ${LOCALES.length} languages:`
	);
	for (const locale of LOCALES) await chartDownloads(BUILD, site.url, browser, ids, origin, locale);
	const pages = await shareCards(BUILD, browser, origin);
	console.info(`Share cards and meta for ${pages} pages (${Date.now() - started} ms in all)`);
} finally {
	await browser.close();
	await site.close();
}

// last: the hash covers every file the steps above wrote
console.info(`Service worker stamped with the build's content: ${stampServiceWorker(BUILD)}`);
