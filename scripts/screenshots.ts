/**
 * Screenshots of built pages at phone and projector sizes, for a person to look at:
 * `npm run screenshots -- / /data/` writes PNGs to test-results/screenshots/. With `--steps`,
 * it also scrolls the story to every step and shoots each one: story-<chapter>-<step>-<size>.png
 * (`--only=<chapter>` for one chapter's steps).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { LAUNCH } from './chromium.js';
import { startServer } from './serve.js';

const SIZES = { phone: { width: 390, height: 844 }, projector: { width: 1920, height: 1080 } };
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const full = process.argv.includes('--full');
const steps = process.argv.includes('--steps');
/** `--only=on-track`: the steps of one chapter alone. */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const out = resolve('test-results/screenshots');
mkdirSync(out, { recursive: true });

const server = await startServer();
const browser = await chromium.launch(LAUNCH);
for (const path of paths.length ? paths : ['/']) {
	for (const [name, viewport] of Object.entries(SIZES)) {
		const page = await browser.newPage({ viewport });
		await page.goto(server.url + path, { waitUntil: 'networkidle' });
		const file = resolve(out, `${path.replace(/[^a-z0-9]+/giu, '_') || 'root'}-${name}.png`);
		await page.screenshot({ path: file, fullPage: full });
		console.info(file);
		if (steps && path === '/') {
			const ids = await page.$$eval('.step', (els) =>
				els.map((el) => `${el.closest('section')?.id}-${(el as HTMLElement).dataset.stepId}`)
			);
			for (const [i, id] of ids.entries()) {
				if (only && !id.startsWith(`${only}-`)) continue;
				await page.evaluate((n) => {
					const el = document.querySelectorAll('.step')[n]!;
					window.scrollTo({
						// the card's top just past the line where its step begins (ChapterSection's OFFSET)
						top:
							el.querySelector('.card')!.getBoundingClientRect().top +
							window.scrollY -
							innerHeight * 0.58,
						behavior: 'instant'
					});
				}, i);
				await page.waitForTimeout(900);
				const shot = resolve(out, `story-${id}-${name}.png`);
				await page.screenshot({ path: shot });
				console.info(shot);
			}
		}
		await page.close();
	}
}
await browser.close();
await server.close();
