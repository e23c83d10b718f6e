import { downloadEntries, downloadPicture } from '$lib/picture/downloads.server';

export const prerender = true;

export const entries = downloadEntries;

/** A chart's standalone SVG: its final state, title, sources and credit inside. */
export function GET({ params, url }) {
	return new Response(downloadPicture(params.chart, url.pathname).svg, {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
}
