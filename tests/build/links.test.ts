/**
 * Every internal link on every page leads somewhere: the page exists, and the #anchor it
 * names is an element on that page. Crawled from / through the prerendered HTML, as a reader
 * without scripts follows it.
 */
import { describe, expect, it } from 'vitest';
import { fileFor, read, unescape } from './site';

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
