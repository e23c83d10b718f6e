/**
 * Nothing in the built site loads from another origin: no CDN, no remote font, no analytics.
 * Links a reader may follow (<a href>) are allowed; resources are not.
 */
import { describe, expect, it } from 'vitest';
import { FILES, read } from './site';

const files = FILES.filter((f) => /\.(html|css|js|json|svg|webmanifest)$/u.test(f));

/** What a file loads from another origin. */
function foreignLoads(text: string): string[] {
	return [
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
}

describe('the built site', () => {
	it('loads nothing from another origin, in any page, stylesheet, script or picture', () => {
		expect(files.filter((f) => f.endsWith('index.html')).length).toBeGreaterThan(10);
		const offenders = files.flatMap((file) =>
			foreignLoads(read(file)).map((load) => `${file}: ${load.slice(0, 120)}`)
		);
		expect(offenders).toEqual([]);
	});

	it('is caught loading from another origin: the check finds each way in', () => {
		for (const bad of [
			'<script src="https://cdn.example/x.js"></script>',
			'<link rel="stylesheet" href="//fonts.example/css">',
			'@font-face { src: url(https://fonts.example/a.woff2) }',
			'fetch("https://analytics.example/hit")'
		])
			expect(foreignLoads(bad), bad).toHaveLength(1);
		expect(foreignLoads('<link rel="canonical" href="https://site.example/">')).toEqual([]);
	});
});
