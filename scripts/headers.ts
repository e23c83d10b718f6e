/**
 * The response headers the site needs from its host, in one list, and what each common host
 * reads, written from it: a `_headers` file (Cloudflare Pages and Netlify both read it; the
 * build writes it into build/), and an nginx snippet (`npm run headers -- nginx` prints it).
 * The Content-Security-Policy for scripts and styles is in each page's <meta> tag
 * (svelte.config.js); only what a meta tag cannot say is here.
 *
 * Framing: the chart embeds (/embed/…, /en/embed/…) may be framed by any site; every other
 * page may not. No two rules that match one path set the same header, because Netlify joins
 * them and ignores the `!` lines Cloudflare uses to take one off (a `/*` rule denying frames
 * and an `/embed/*` rule allowing them refused every embed there): the pages are grouped by
 * their first folder, and each group but the embeds' gets the framing headers once.
 *
 * Usage: `tsx scripts/headers.ts nginx` (or `_headers`), with the build in build/.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export type Headers = [name: string, value: string][];

/** Every response. */
export const EVERY_FILE: Headers = [
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()']
];

/** Pages no other site may frame. */
export const NOT_FRAMED: Headers = [
	['Content-Security-Policy', "frame-ancestors 'none'"],
	['X-Frame-Options', 'DENY']
];

/** Whether a path is an embed's. */
export const isEmbed = (path: string) => /^\/(?:en\/)?embed\//u.test(path);

/**
 * The folders a site's pages fall in, each a rule's pattern: `/` and `/en/` alone, and
 * `/data/*`, `/en/embed/*` … for the pages under them.
 */
export function pageGroups(pages: readonly string[]): string[] {
	const groups = new Set<string>();
	for (const page of pages) {
		const parts = page.split('/').filter(Boolean);
		const depth = parts[0] === 'en' ? 2 : 1;
		groups.add(parts.length < depth ? page : `/${parts.slice(0, depth).join('/')}/*`);
	}
	return [...groups].sort();
}

/** One rule: a path pattern and its headers. */
export interface Rule {
	pattern: string;
	headers: Headers;
}

/**
 * The rules for a site with these pages. The embeds get none about framing, so any site may
 * frame them: `frame-ancestors *` would refuse a frame whose parent has an opaque origin, a
 * CMS's HTML block rendered in `<iframe sandbox="allow-scripts">`.
 */
export function headerRules(pages: readonly string[]): Rule[] {
	return [
		{ pattern: '/*', headers: EVERY_FILE },
		...pageGroups(pages)
			.filter((pattern) => !isEmbed(pattern))
			.map((pattern) => ({ pattern, headers: NOT_FRAMED }))
	];
}

/** The `_headers` file Cloudflare Pages and Netlify read. */
export function headersFile(rules: readonly Rule[]): string {
	return (
		[
			'# Response headers for Cloudflare Pages and Netlify, written by the build from scripts/headers.ts.',
			'# Any site may frame the chart embeds (/embed/*, /en/embed/*); no site may frame other pages.',
			...rules.flatMap((r) => ['', r.pattern, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)])
		].join('\n') + '\n'
	);
}

/** An nginx `server` block's part: the same headers, one `location` per rule. */
export function nginxSnippet(rules: readonly Rule[]): string {
	const every = rules.find((r) => r.pattern === '/*')!.headers;
	const header = ([n, v]: [string, string]) => `\tadd_header ${n} "${v}" always;`;
	const lines = [
		'# Headers for the site in build/, written from scripts/headers.ts: include it in the',
		"# server block that serves build/ as its root. nginx takes a location's add_header",
		"# lines instead of the server's, so every location repeats the headers all files get."
	];
	for (const rule of rules) {
		if (rule.pattern === '/*') continue;
		const exact = !rule.pattern.endsWith('*');
		const prefix = rule.pattern.replace(/\*$/u, '');
		lines.push(
			exact ? `location = ${prefix} {` : `location ^~ ${prefix} {`,
			...[...every, ...rule.headers].map(header),
			'}'
		);
	}
	lines.push('location / {', ...every.map(header), '}');
	return lines.join('\n') + '\n';
}

/** Every page of a build, as a site path. */
export function builtPages(build: string, dir = build): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return builtPages(build, path);
		if (name !== 'index.html') return [];
		const folder = relative(build, dir).split('\\').join('/');
		return [folder ? `/${folder}/` : '/'];
	});
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
	const rules = headerRules(builtPages(resolve(import.meta.dirname, '../build')));
	const host = process.argv[2] ?? '_headers';
	if (host === 'nginx') process.stdout.write(nginxSnippet(rules));
	else if (host === '_headers') process.stdout.write(headersFile(rules));
	else throw new Error(`headers: no host "${host}"; try _headers or nginx`);
}
