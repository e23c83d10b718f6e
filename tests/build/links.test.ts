/**
 * Every internal link on every page leads somewhere: the page exists, and the #anchor it
 * names is an element on that page. Crawled from / through the prerendered HTML, as a reader
 * without scripts follows it.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/headers';
import { dataset } from '../e2e/dataset';
import { BUILD, fileFor, read, unescape } from './site';

const ORIGIN = 'http://site.test';

describe('internal links', () => {
	it('all resolve, anchors included', () => {
		const ids = new Map<string, Set<string>>();
		const links: { from: string; to: string }[] = [];
		const queue = ['/'];
		const broken: string[] = [];
		while (queue.length) {
			const path = queue.shift()!;
			if (ids.has(path)) continue;
			const file = fileFor(path);
			if (!file) {
				broken.push(`${path}: no such file`);
				ids.set(path, new Set());
				continue;
			}
			if (!file.endsWith('.html')) {
				ids.set(path, new Set());
				continue;
			}
			const html = read(file);
			ids.set(path, new Set([...html.matchAll(/\sid="([^"]*)"/gu)].map((m) => unescape(m[1]!))));
			for (const [, href] of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gu)) {
				const url = new URL(unescape(href!), ORIGIN + path);
				if (url.origin !== ORIGIN) continue;
				links.push({ from: path, to: url.pathname + url.hash });
				if (!ids.has(url.pathname)) queue.push(url.pathname);
			}
		}
		for (const { from, to } of links) {
			const [path, hash] = to.split('#') as [string, string | undefined];
			if (hash && !ids.get(path)?.has(decodeURIComponent(hash))) broken.push(`${from} → ${to}`);
		}
		expect(ids.size).toBeGreaterThan(50);
		expect([...new Set(broken)]).toEqual([]);
	});
});

describe('a table’s source links', () => {
	it('name the document each figure comes from, on every page', () => {
		const figures = new Map(dataset.figures.map((f) => [f.id, f]));
		const sources = new Map(dataset.sources.map((s) => [s.id, s]));
		const problems: string[] = [];
		let links = 0;
		for (const path of builtPages(BUILD)) {
			const en = path.startsWith('/en/');
			const html = read(`${path.slice(1)}index.html`);
			// the table's last column: 出处 / Source
			for (const [, cell] of html.matchAll(/<td data-col="(?:出处|Source)"[^>]*>(.*?)<\/td>/gsu))
				for (const [, id, text] of cell!.matchAll(/<a href="[^"#]*#([^"]+)">([^<]*)<\/a>/gu)) {
					links++;
					const source = sources.get(figures.get(id!)?.source ?? '');
					const name = source && (en ? source.short_en : source.short);
					if (unescape(text!) !== name) problems.push(`${path}: #${id} says “${text}”`);
				}
		}
		expect(links).toBeGreaterThan(100);
		expect(problems).toEqual([]);
	});
});
