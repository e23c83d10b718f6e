/**
 * Every page of the site, from the code (the chart registry and the story's chapters, never
 * from built files), with the words its head and its share card carry. The root layout puts a
 * page's meta in its data; /cards/<name>.png draws its card from the same words.
 */
import { CHART_IDS } from '$lib/charts/registry';
import { deskMessages } from '$lib/desk/messages';
import { chapterOf } from '$lib/embed/embed.server';
import { localeOf, localePath, LOCALES, type Locale } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/all-messages';
import { chartWords } from '$lib/picture/charts.server';
import { chapterCopy, chapters } from '$lib/story/story';
import type { PageMeta } from './meta';

/** The pages of one edition, as paths without the /en prefix. */
function barePages(): string[] {
	return [
		'/',
		'/charts/',
		'/data/',
		'/sources/',
		'/about/',
		'/present/',
		'/present/presenter/',
		...CHART_IDS.map((id) => `/embed/${id}/`),
		...chapters().map((c) => `/chapters/${c.id}/`)
	];
}

/** Every page in both editions: / … and /en/ … */
export const sitePages = (): string[] =>
	LOCALES.flatMap((locale) => barePages().map((p) => localePath(locale, p)));

function words(bare: string, locale: Locale): PageMeta {
	const m = MESSAGES[locale];
	const desk = deskMessages(locale);
	const site = m.site.name;
	// a page of its own shows the report's point on its card
	const simple = (title: string, description: string): PageMeta => ({
		title,
		description,
		card: { kind: 'story' }
	});
	switch (bare) {
		case '/':
			return { title: m.story.title, description: m.story.description, card: { kind: 'story' } };
		case '/charts/':
			return simple(m.gallery.title, m.gallery.description);
		case '/data/':
			return simple(desk.desk.title({ site }), desk.desk.description);
		case '/sources/':
			return simple(desk.sources.title({ site }), desk.sources.description);
		case '/about/':
			return simple(desk.about.title({ site }), desk.about.description);
		case '/present/':
			return simple(m.present.pageTitle({ site }), m.present.pageDescription);
		case '/present/presenter/':
			return {
				...simple(m.present.presenterTitle({ site }), m.present.presenterDescription),
				noindex: true
			};
	}
	const embed = /^\/embed\/([^/]+)\/$/u.exec(bare)?.[1];
	if (embed && CHART_IDS.includes(embed)) {
		const chart = chartWords(embed, locale).title;
		const copy = chapterCopy(chapterOf(embed), locale);
		return {
			title: m.embed.pageTitle({ chart, site }),
			description: m.embed.pageDescription({ chart, chapter: m.embed.chapter(copy) }),
			card: { kind: 'chart', chart: embed }
		};
	}
	const id = /^\/chapters\/([^/]+)\/$/u.exec(bare)?.[1];
	const chapter = chapters().find((c) => c.id === id);
	if (chapter) {
		const copy = chapterCopy(chapter, locale);
		return {
			title: m.story.chapterPageTitle({ kicker: copy.kicker, title: copy.title, site }),
			description: m.story.chapterPageDescription({ title: copy.title }),
			card: { kind: 'chart', chart: chapter.chart }
		};
	}
	throw new Error(`No meta for the page ${bare}: add it to src/lib/meta/pages.server.ts`);
}

/** A page's title, description and card, by its path in either edition. */
export function pageMeta(path: string): PageMeta {
	const locale = localeOf(path);
	const bare = locale === 'en' ? path.slice('/en'.length) || '/' : path;
	return words(bare, locale);
}
