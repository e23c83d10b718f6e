import { error } from '@sveltejs/kit';
import { cardPng } from '$lib/meta/card.server';
import { cardName } from '$lib/meta/meta';
import { pageMeta, sitePages } from '$lib/meta/pages.server';
import { loadDataset } from '$lib/server/dataset';

export const prerender = true;

/** One card per page, in both editions: its name is the page's path with dashes. */
export const entries = () => sitePages().map((page) => ({ card: cardName(page) }));

export async function GET({ params }) {
	const page = sitePages().find((p) => cardName(p) === params.card);
	if (!page) error(404, `No page has the card ${params.card}`);
	return new Response(new Uint8Array(await cardPng(loadDataset(), page, pageMeta(page))), {
		headers: { 'content-type': 'image/png' }
	});
}
