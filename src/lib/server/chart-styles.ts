/**
 * The stylesheets a prerendered page needs for the charts it shows. Charts load by id through
 * dynamic imports, whose CSS SvelteKit does not link in the page it prerenders; without it a
 * page read without scripts shows unstyled charts, and with scripts the styles arrive late and
 * the page shifts. Vite's client manifest says which CSS files each chart's code brings.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestEntry {
	file: string;
	css?: string[];
	imports?: string[];
}

const CLIENT = '.svelte-kit/output/client';
const MANIFEST = `${CLIENT}/.vite/manifest.json`;

let manifest: Record<string, ManifestEntry> | null | undefined;

/** The charts a page's HTML shows, by the `data-chart` each frame carries. */
export function chartsIn(html: string): string[] {
	return [...new Set([...html.matchAll(/data-chart="([a-z0-9-]+)"/g)].map((m) => m[1]!))];
}

/**
 * The CSS files (paths from the site's root, such as `_app/immutable/assets/Chart.x.css`) that
 * the charts `ids` need. Empty where there is no client manifest: the dev server styles pages
 * itself.
 */
export function chartStylesheets(ids: string[]): string[] {
	if (manifest === undefined)
		manifest = existsSync(MANIFEST)
			? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, ManifestEntry>)
			: null;
	if (!manifest) return [];
	const css = new Set<string>();
	const seen = new Set<string>();
	const walk = (key: string) => {
		const entry = manifest![key];
		if (seen.has(key) || !entry) return;
		seen.add(key);
		for (const file of entry.css ?? []) css.add(file);
		for (const dep of entry.imports ?? []) walk(dep);
	};
	for (const id of ids) {
		walk(`src/lib/charts/${id}/chart.ts`);
		// the drawing is a dynamic import of the binding: walked on its own
		walk(`src/lib/charts/${id}/Chart.svelte`);
	}
	return [...css];
}

/**
 * A page's HTML with the CSS of the charts it shows inlined in its head, and that CSS's hash
 * added to the page's Content-Security-Policy (`style-src`). Inline rather than linked: a dozen
 * more stylesheet requests, each blocking the first paint, pushed the story's LCP on a slow
 * phone network from 1.03× to 1.63× that of the page without scripts (npm run bench).
 */
export function inlineChartStyles(html: string): string {
	const files = chartStylesheets(chartsIn(html)).filter((file) => !html.includes(file));
	const policy = "style-src 'self'";
	if (!files.length || !html.includes(policy)) return html;
	const css = files.map((file) => readFileSync(join(CLIENT, file), 'utf8')).join('\n');
	return withStyle(html, css);
}

/**
 * The page with `css` in a <style> at the end of its head and its hash in the policy. Spliced
 * with replacer functions: a replacement string would read `$'`, `$&` or `` $` `` in the CSS as
 * patterns and paste parts of the page into it.
 */
export function withStyle(html: string, css: string): string {
	const policy = "style-src 'self'";
	const hash = createHash('sha256').update(css).digest('base64');
	return html
		.replace(policy, () => `${policy} 'sha256-${hash}'`)
		.replace('</head>', () => `<style>${css}</style></head>`);
}
