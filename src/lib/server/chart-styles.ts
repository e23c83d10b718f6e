/**
 * The stylesheets a prerendered page needs for the charts it shows. Charts load by id through
 * dynamic imports, whose CSS SvelteKit does not link in the page it prerenders; without it a
 * page read without scripts shows unstyled charts, and with scripts the styles arrive late and
 * the page shifts. Vite's client manifest says which CSS files each chart's code brings.
 */
import { existsSync, readFileSync } from 'node:fs';

interface ManifestEntry {
	file: string;
	css?: string[];
	imports?: string[];
}

const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

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
