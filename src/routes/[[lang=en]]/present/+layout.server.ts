import { localeOf } from '$lib/i18n/locale';
import { deckView } from '$lib/present/deck';
import { loadDataset } from '$lib/server/dataset';
import { publicOrigin } from '$lib/server/origin';
import { storyData } from '$lib/story/story-data';

/** The story's chapters and steps, which the slides show; the deck's close and appendix; the lexicon for the layout. */
export function load({ url }) {
	const locale = localeOf(url.pathname);
	const story = storyData(loadDataset(), locale, publicOrigin());
	return {
		story,
		deck: deckView(loadDataset(), locale),
		lexicon: story.lexicon,
		origin: publicOrigin()
	};
}
