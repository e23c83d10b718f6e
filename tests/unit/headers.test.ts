/**
 * The headers each host sends, from the one list in scripts/headers.ts, read under that host's
 * own matching rules: Cloudflare Pages and Netlify read `_headers` (both join the values of a
 * header set by two matching rules; Netlify ignores `!` lines), nginx picks one location.
 */
import { describe, expect, it } from 'vitest';
import { headerRules, headersFile, nginxSnippet, pageGroups } from '../../scripts/headers';
import { headersFor as served, parseHeaders } from '../../scripts/serve.js';

const PAGES = [
	'/',
	'/charts/',
	'/data/',
	'/sources/',
	'/about/',
	'/present/',
	'/present/presenter/',
	'/embed/locator-map/',
	'/embed/income-path/',
	'/chapters/where/'
].flatMap((p) => [p, p === '/' ? '/en/' : `/en${p}`]);

const rules = headerRules(PAGES);
const file = headersFile(rules);

type Sent = Record<string, string>;

/** `_headers` as Cloudflare Pages (`detach`: honours `! Name`) or Netlify (does not) reads it. */
function underHeadersFile(text: string, path: string, detach: boolean): Sent {
	const sent: Sent = {};
	let applies = false;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!line.startsWith(' ')) {
			const pattern = line.trim();
			applies = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
			continue;
		}
		if (!applies) continue;
		const off = /^\s*!\s*(\S+)/u.exec(line)?.[1];
		if (off) {
			if (detach) delete sent[off];
			continue;
		}
		const [name, ...value] = line.trim().split(':');
		const v = value.join(':').trim();
		sent[name!] = sent[name!] ? `${sent[name!]}, ${v}` : v;
	}
	return sent;
}

/** An nginx snippet as nginx reads it: an exact location, else the longest ^~ prefix, else /. */
function underNginx(text: string, path: string): Sent {
	const blocks = [...text.matchAll(/location (=|\^~)? ?(\S+) \{\n([\s\S]*?)\n\}/gu)].map((m) => ({
		exact: m[1] === '=',
		prefix: m[2]!,
		body: m[3]!
	}));
	const chosen =
		blocks.find((b) => b.exact && b.prefix === path) ??
		blocks
			.filter((b) => !b.exact && path.startsWith(b.prefix))
			.sort((a, b) => b.prefix.length - a.prefix.length)[0];
	const sent: Sent = {};
	for (const m of chosen!.body.matchAll(/add_header (\S+) "([^"]*)" always;/gu))
		sent[m[1]!] = m[2]!;
	return sent;
}

const HOSTS: [string, (path: string) => Sent][] = [
	['Cloudflare Pages', (p) => underHeadersFile(file, p, true)],
	['Netlify', (p) => underHeadersFile(file, p, false)],
	['nginx', (p) => underNginx(nginxSnippet(rules), p)],
	['the local server (scripts/serve.js)', (p) => served(parseHeaders(file), p)]
];

describe.each(HOSTS)('the headers %s sends', (_host, sent) => {
	it('let any site frame an embed, in either language, a sandboxed frame too (no frame-ancestors)', () => {
		for (const path of PAGES.filter((p) => p.includes('/embed/'))) {
			expect(sent(path)['Content-Security-Policy'], path).toBeUndefined();
			expect(sent(path)['X-Frame-Options'], path).toBeUndefined();
		}
	});

	it('let no site frame any other page', () => {
		const others = PAGES.filter((p) => !p.includes('/embed/'));
		const wrong = others.filter(
			(p) =>
				sent(p)['Content-Security-Policy'] !== "frame-ancestors 'none'" ||
				sent(p)['X-Frame-Options'] !== 'DENY'
		);
		expect(wrong, 'pages that may be framed').toEqual([]);
	});

	it('send nosniff and a referrer policy with every file', () => {
		for (const path of [...PAGES, '/_app/immutable/x.js', '/charts/gdp.png', '/cards/index.png']) {
			expect(sent(path)['X-Content-Type-Options'], path).toBe('nosniff');
			expect(sent(path)['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
		}
	});
});

describe('the page groups', () => {
	it('are the root, the English root and each first folder, embeds apart', () => {
		expect(
			pageGroups(['/', '/en/', '/data/', '/embed/a/', '/en/embed/a/', '/en/chapters/x/'])
		).toEqual(['/', '/data/*', '/embed/*', '/en/', '/en/chapters/*', '/en/embed/*']);
	});

	it('cover a new page under a new folder without a word of code', () => {
		const sent = underHeadersFile(
			headersFile(headerRules([...PAGES, '/new/page/'])),
			'/new/page/',
			false
		);
		expect(sent['X-Frame-Options']).toBe('DENY');
	});
});

describe('scripts/serve.js reading a _headers file', () => {
	it('takes off, with `! Name`, a header an earlier rule set', () => {
		const rules = parseHeaders('/*\n  X-A: 1\n  X-B: 2\n/x/*\n  ! x-a\n  X-C: 3\n');
		expect(served(rules, '/x/y')).toEqual({ 'X-B': '2', 'X-C': '3' });
		expect(served(rules, '/y')).toEqual({ 'X-A': '1', 'X-B': '2' });
	});

	it('matches a pattern as a whole path, with * for the rest', () => {
		const [rule] = parseHeaders('/data/*\n  X-Test: 1\n');
		expect(rule!.pattern.test('/data/indicators.csv')).toBe(true);
		expect(rule!.pattern.test('/database/')).toBe(false);
	});
});
