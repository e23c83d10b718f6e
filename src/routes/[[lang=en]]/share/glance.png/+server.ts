import { glancePng, shareEntries } from '$lib/meta/share.server';

export const prerender = true;

export const entries = shareEntries;

/** 一图读懂: the story at a glance, one long picture 1080 px wide, for WeChat. */
export async function GET({ url }) {
	return new Response(new Uint8Array(await glancePng(url.pathname)), {
		headers: { 'content-type': 'image/png' }
	});
}
