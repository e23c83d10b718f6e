/**
 * The embed code /charts/ publishes for a chart: an iframe that shows the chart at a default
 * height with no script at all, and our loader (static/embed.js), which then sizes the iframe
 * to the chart whenever its height changes. `width: 1px; min-width: 100%` because iOS Safari
 * otherwise sizes an iframe to its content's width.
 */

/** The height an embed has before (or without) the loader: most charts fit, none is cut badly. */
export const DEFAULT_EMBED_HEIGHT = 640;

const attribute = (text: string) =>
	text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

export function embedSnippet(p: { origin: string; path: string; title: string }): string {
	const src = new URL(p.path, p.origin).href;
	const loader = new URL('/embed.js', p.origin).href;
	return (
		`<iframe src="${attribute(src)}" title="${attribute(p.title)}" loading="lazy" ` +
		`style="width: 1px; min-width: 100%; height: ${DEFAULT_EMBED_HEIGHT}px; border: 0"></iframe>\n` +
		`<script src="${attribute(loader)}" async></script>`
	);
}
