/**
 * Debian's Chromium, as every script and test here drives it (through playwright-core or
 * chrome-launcher): never a browser downloaded by a package. `node scripts/setup.js --browser`
 * installs it.
 */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, and quiet: no sandbox (containers), no GPU, no network of its own. */
export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** playwright-core's `chromium.launch` options for it. */
export const LAUNCH = { executablePath: CHROMIUM, args: CHROMIUM_FLAGS };
