/**
 * Byte budgets the build's files show alone, gzipped as a host would serve them: an embed's
 * JavaScript, each page's CSS, the data inlined in `/`, fonts and images. Bytes, not times, so
 * the test is deterministic; timings belong to the benchmark. (What `/` loads before any
 * interaction needs a browser: tests/e2e/budget.test.ts.)
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILD, FILES, read } from './site';

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const PAGES = FILES.filter((f) => f.endsWith('.html'));

/** The files an HTML page names to load: stylesheets or scripts (with their preloads). */
function named(page: string, kind: 'css' | 'js'): string[] {
	const html = read(page);
	const hrefs =
		kind === 'css'
			? [...html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet">/gu)]
			: [
					...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/gu),
					...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/gu),
					...html.matchAll(/<link\b[^>]*href="([^"]+)"[^>]*rel="modulepreload"/gu)
				];
	return [...new Set(hrefs.map((m) => resolve(dirname(join(BUILD, page)), m[1]!)))];
}
const gzip = (files: string[]) =>
	files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);

describe('byte budgets', () => {
	it('give a page that never hydrates none of the comments hydration needs, and keep them where it does', () => {
		const hydrated = PAGES.filter((page) => read(page).includes('__sveltekit'));
		const still = PAGES.filter((page) => !hydrated.includes(page) && read(page).includes('<!--'));
		expect(hydrated).toContain('index.html');
		expect(PAGES.length - hydrated.length).toBeGreaterThan(20);
		expect(still).toEqual([]);
		expect(hydrated.filter((page) => !read(page).includes('<!--['))).toEqual([]);
	});

	it('keep the JavaScript of every embed under 30 KB gzip (an embed ships no framework)', () => {
		const embeds = PAGES.filter((f) => /^(en\/)?embed\/[^/]+\/index\.html$/u.test(f));
		expect(embeds.length).toBeGreaterThan(8);
		const over = embeds.flatMap((page) => {
			const scripts = named(page, 'js');
			const total = gzip(scripts);
			return scripts.length === 0
				? [`${page}: no script`]
				: total > 30 * KB
					? [`${page}: ${kb(total)} in ${scripts.length} files`]
					: [];
		});
		expect(over).toEqual([]);
	});

	it('keep the data inlined in /’s HTML under 4 KB: the chapters fetch theirs as they wake', () => {
		const inline = [...read('index.html').matchAll(/<script>([\s\S]*?)<\/script>/gu)].map(
			(m) => m[1]!
		);
		expect(inline.length).toBeGreaterThan(0);
		const total = inline.reduce((sum, js) => sum + Buffer.byteLength(js), 0);
		expect(total, kb(total)).toBeLessThanOrEqual(4 * KB);
	});

	it('keep the CSS of every page under 25 KB gzip', () => {
		const over = PAGES.flatMap((page) => {
			const inline = [...read(page).matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map(
				(m) => m[1]!
			);
			const total =
				gzip(named(page, 'css')) + inline.reduce((sum, css) => sum + gzipSync(css).length, 0);
			return total > 25 * KB ? [`${page}: ${kb(total)}`] : [];
		});
		expect(PAGES.length).toBeGreaterThan(40);
		expect(over).toEqual([]);
	});

	it('ship no font files and no image over 200 KB (a share card 400 KB, a chart download 1 MB)', () => {
		expect(FILES.filter((f) => /\.(woff2?|ttf|otf|eot)$/iu.test(f))).toEqual([]);
		const images = FILES.filter((f) => /\.(png|jpe?g|gif|webp|avif|svg)$/iu.test(f));
		// no page fetches a chart's download (charts/<id>.png at 2×, charts/phone/<id>.png), the
		// WeChat pictures (share/) or a share card (cards/)
		const download = (f: string) =>
			/^(en\/)?(charts\/(phone\/)?[^/]+\.(png|svg)|share\/[^/]+\.png)$/u.test(f);
		const limit = (f: string) => (download(f) ? 1024 : f.startsWith('cards/') ? 400 : 200) * KB;
		expect(images.filter((f) => statSync(join(BUILD, f)).size > limit(f))).toEqual([]);
		expect(images.filter(download).length).toBeGreaterThan(0);
	});
});
