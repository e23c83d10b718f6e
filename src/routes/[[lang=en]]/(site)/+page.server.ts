import { formatDate } from '$lib/format/number';
import { localeOf } from '$lib/i18n/locale';
import { loadDataset } from '$lib/server/dataset';
import { imprint } from '$lib/server/imprint';
import { publicOrigin } from '$lib/server/origin';
import { storyData } from '$lib/story/story-data';
import { chapterEntry, renderStory } from '$lib/story/chapter-islands';

/**
 * The page's data is only the chapter menu and the sources' titles. The islands are rendered here, kept in `locals`
 * for hooks.server.ts to put in the page, and fetched by the browser as they wake (see
 * $lib/story/chapter-islands.ts): what a load returns, SvelteKit inlines in the page.
 */
export async function load({ url, locals, isDataRequest }) {
	const locale = localeOf(url.pathname);
	const dataset = loadDataset();
	const data = storyData(dataset, locale, publicOrigin());
	if (!isDataRequest) locals.islands = await renderStory(data, locale);
	const about = imprint(dataset);
	return {
		chapters: data.chapters.map(chapterEntry),
		sources: data.lexicon.titles,
		imprint: about,
		// written out here: the first date the browser formats loads Intl's calendar data, 130 ms
		// of a slow phone's start-up (npm run bench)
		dates: {
			published: about.published && formatDate(about.published, locale),
			sourcesUpTo: formatDate(about.sourcesUpTo, locale)
		}
	};
}
