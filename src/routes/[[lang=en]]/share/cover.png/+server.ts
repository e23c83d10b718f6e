import { coverPng, shareEntries } from '$lib/meta/share.server';

export const prerender = true;

export const entries = shareEntries;

/** The story's WeChat article cover, 900×383, with its finding. */
export async function GET({ url }) {
	return new Response(new Uint8Array(await coverPng(url.pathname)), {
		headers: { 'content-type': 'image/png' }
	});
}
