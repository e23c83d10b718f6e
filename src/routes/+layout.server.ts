import { pageMeta } from '$lib/meta/pages.server';
import { publicOrigin } from '$lib/server/origin';

/** Every page's title, description and share card, and the origin its absolute links need. */
export function load({ url }) {
	return { meta: pageMeta(url.pathname), origin: publicOrigin() };
}
