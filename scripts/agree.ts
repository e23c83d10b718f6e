/**
 * Whether a build agrees with itself: every page names the one app global (`__sveltekit_…`,
 * SvelteKit's name for the version) that the app's scripts read. Built with a version
 * computed twice (a time, outside git), the pages and the scripts disagreed and no page ever
 * started, and the build said nothing. postbuild fails the build instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './headers';

const GLOBAL = /__sveltekit_[a-z0-9]+/gu;

/** What is wrong with the build in `dir`, or nothing. */
export function disagreements(dir: string): string[] {
	const byName = new Map<string, string[]>();
	for (const page of builtPages(dir)) {
		const html = readFileSync(join(dir, page, 'index.html'), 'utf8');
		for (const name of new Set(html.match(GLOBAL) ?? []))
			byName.set(name, [...(byName.get(name) ?? []), page]);
	}
	const scripts = readdirSync(join(dir, '_app/immutable'), { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.js'))
		.map((f) => readFileSync(join(dir, '_app/immutable', f), 'utf8'))
		.join('\n');
	const read = new Set(scripts.match(GLOBAL) ?? []);
	const problems: string[] = [];
	if (byName.size > 1)
		problems.push(
			`the pages name ${byName.size} app globals: ${[...byName]
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([n, p]) => `${n} (${p.length} pages, e.g. ${p[0]})`)
				.join(', ')}`
		);
	for (const [name, pages] of byName)
		if (!read.has(name))
			problems.push(`${pages.length} pages (e.g. ${pages[0]}) name ${name}, which no script reads`);
	return problems;
}
