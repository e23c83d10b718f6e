import { json } from '@sveltejs/kit';
import { localeOf } from '$lib/i18n/locale';
import { twins } from '$lib/i18n/routes';
import { deckJson } from '$lib/present/pptx.server';

export const prerender = true;

export const entries = () => twins([{}]);

/**
 * Every slide of the full deck as `pptxFile` takes it, pictures by address, and the chapters'
 * steps: what the browser makes a deck of its own choice from (pptx-download.ts).
 */
export async function GET({ url }) {
	return json(await deckJson(localeOf(url.pathname)));
}
