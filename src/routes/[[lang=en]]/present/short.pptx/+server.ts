import { localeOf } from '$lib/i18n/locale';
import { twins } from '$lib/i18n/routes';
import { deckFile, PPTX_TYPE } from '$lib/present/pptx.server';

export const prerender = true;

export const entries = () => twins([{}]);

/** The editors' short edition (SHORT_EDITION) as a .pptx. */
export async function GET({ url }) {
	const file = await deckFile(localeOf(url.pathname), { kind: 'short' });
	return new Response(file, { headers: { 'content-type': PPTX_TYPE } });
}
