import { browser } from '$app/environment';
import { localeOf } from '$lib/i18n/locale';
import { renderChapters, renderHero } from '$lib/story/islands';

/**
 * On the server, each chapter is rendered as an island of its own (see islands.ts); in the
 * browser the islands load their charts as they come near.
 */
export async function load({ data, url }) {
	if (browser) return data;
	const locale = localeOf(url.pathname);
	const islands = await renderChapters({
		chapters: data.chapters,
		baseline: data.baseline,
		locale,
		lexicon: data.lexicon
	});
	const heroHtml = await renderHero({ hero: data.hero, locale, lexicon: data.lexicon });
	return { ...data, islands, heroHtml };
}
