import { downloadEntries, downloadPng } from '$lib/picture/downloads.server';

export const prerender = true;

export const entries = downloadEntries;

/** A chart's PNG: its SVG drawn at 2× with the picture font. */
export async function GET({ params, url }) {
	return new Response(new Uint8Array(await downloadPng(params.chart, url.pathname)), {
		headers: { 'content-type': 'image/png' }
	});
}
