import { downloadEntries, downloadPng } from '$lib/picture/downloads.server';

export const prerender = true;

export const entries = downloadEntries;

/** A chart's PNG for a phone or a WeChat chat: laid out 540 px wide in larger type, drawn at 2×. */
export async function GET({ params, url }) {
	return new Response(new Uint8Array(await downloadPng(params.chart, url.pathname, true)), {
		headers: { 'content-type': 'image/png' }
	});
}
