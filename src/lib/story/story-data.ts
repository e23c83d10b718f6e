/**
 * Everything the story's islands render from, in one locale: the server renders `/` from it
 * and serves it as `/story/<locale>.json` for the browser (see chapter-islands.ts).
 */
import { words as timelineEn } from '$lib/charts/timeline-2035/en';
import type { Dataset } from '$lib/data/schema';
import { lexicon, type Lexicon } from '$lib/i18n/lexicon';
import { localePath, type Locale } from '$lib/i18n/locale';
import { qr, type Qr } from '$lib/print/qr';
import { baselineView, type BaselineView } from './baseline-view';
import { heroView, type HeroView } from './hero';
import { storyView, type ChapterView } from './story';

export interface StoryData {
	chapters: ChapterView[];
	baseline: BaselineView;
	hero: HeroView;
	lexicon: Lexicon;
	/** Each chapter's public address (its share page) as a QR code, for the printed handout. */
	links: Record<string, Qr>;
}

/** `origin`: the site's public address (see $lib/server/origin), for the QR codes. */
export function storyData(dataset: Dataset, locale: Locale, origin: string): StoryData {
	const baseline = baselineView(dataset);
	const hero = heroView(dataset);
	const { chapters } = storyView(dataset, locale);
	return {
		chapters,
		baseline,
		hero,
		lexicon: withVisionGloss(lexicon(dataset, locale, baseline, hero, chapters), hero, locale),
		links: Object.fromEntries(
			chapters.map((c) => [c.id, qr(`${origin}${localePath(locale, `/chapters/${c.id}/`)}`)])
		)
	};
}

/** The first screen quotes the plan's 2035 vision as the timeline does, with the timeline's gloss. */
function withVisionGloss(lex: Lexicon, hero: HeroView, locale: Locale): Lexicon {
	if (locale === 'zh') return lex;
	return { ...lex, glosses: { ...lex.glosses, [hero.vision.quote]: timelineEn.gloss.vision } };
}
