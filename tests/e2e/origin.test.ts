/**
 * Nothing in the built site loads from another origin: no CDN, no remote font, no analytics.
 * Links a reader may follow (<a href>) are allowed; resources are not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const build = resolve(import.meta.dirname, '../../build');
const files = readdirSync(build, { recursive: true, encoding: 'utf8' }).filter((f) =>
	/\.(html|css|js|json|svg|webmanifest)$/u.test(f)
);

describe('the built site', () => {
	it('has pages to check', () => {
		expect(files.some((f) => f.endsWith('index.html'))).toBe(true);
	});

	it.each(files)('%s loads nothing from another origin', (file) => {
		const text = readFileSync(join(build, file), 'utf8');
		const loads = [
			// <script src>, <link href> (stylesheets, preloads, icons), <img src>, <iframe src>, <source srcset>
			...text.matchAll(
				/<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\s(?:src|srcset)=["']?(?:https?:)?\/\/[^"'\s>]+/giu
			),
			// (a canonical or alternate link names an address; nothing fetches it)
			...text.matchAll(
				/<link\b(?![^>]*\brel=["']?(?:canonical|alternate)\b)[^>]*\shref=["']?(?:https?:)?\/\/[^"'\s>]+/giu
			),
			// CSS url() and @import, JS import() and fetch() of absolute URLs
			...text.matchAll(/url\(\s*["']?(?:https?:)?\/\/[^)]+\)/giu),
			...text.matchAll(/@import\s+["'](?:https?:)?\/\//giu),
			...text.matchAll(/\b(?:import|fetch)\(\s*["'`]https?:\/\//giu)
		].map((m) => m[0]);
		expect(loads).toEqual([]);
	});
});
