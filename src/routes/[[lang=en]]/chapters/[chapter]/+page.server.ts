import { localeOf } from '$lib/i18n/locale';
import { twins } from '$lib/i18n/routes';
import { chapterCopy, chapters } from '$lib/story/story';

/** One page per chapter: the link a reader shares, with the chapter's own share card. */
export const entries = () => twins(chapters().map((c) => ({ chapter: c.id })));

export function load({ params, url }) {
	const chapter = chapters().find((c) => c.id === params.chapter);
	if (!chapter) throw new Error(`No chapter "${params.chapter}"`);
	const copy = chapterCopy(chapter, localeOf(url.pathname));
	return { id: chapter.id, kicker: copy.kicker, title: copy.title };
}
