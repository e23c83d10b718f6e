import { localeOf } from '$lib/i18n/locale';
import { loadDataset } from '$lib/server/dataset';
import { publicOrigin } from '$lib/server/origin';
import { storyData } from '$lib/story/data';

/** The story's chapters and steps, which the slides show; the lexicon for the layout. */
export function load({ url }) {
	const story = storyData(loadDataset(), localeOf(url.pathname), publicOrigin());
	return { story, lexicon: story.lexicon, origin: publicOrigin() };
}
