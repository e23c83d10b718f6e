import { error, json } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n/locale';
import { loadDataset } from '$lib/server/dataset';
import { publicOrigin } from '$lib/server/origin';
import { storyData } from '$lib/story/story-data';
import { storyLocales } from '$lib/story/story';

/** The story's islands' data, which `/` does not carry (see $lib/story/chapter-islands.ts). */
export function GET({ params }) {
	const locale = storyLocales().find((l) => l === params.locale);
	if (!locale) error(404, `the story has no copy in "${params.locale}"`);
	return json(storyData(loadDataset(), locale satisfies Locale, publicOrigin()));
}

export const prerender = true;

export const entries = () => storyLocales().map((locale) => ({ locale }));
