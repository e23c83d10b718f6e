import { localeOf } from '$lib/i18n/locale';
import { twins } from '$lib/i18n/routes';
import { deckFile, PPTX_TYPE } from '$lib/present/pptx.server';

export const prerender = true;

export const entries = () => twins([{}]);

/** The full deck, every step, as a .pptx: what 下载 PPT gives for the whole deck. */
export async function GET({ url }) {
	const file = await deckFile(localeOf(url.pathname), { kind: 'all' });
	return new Response(file, { headers: { 'content-type': PPTX_TYPE } });
}
