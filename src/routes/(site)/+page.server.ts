import { lexicon } from '$lib/i18n/lexicon';
import { localeOf } from '$lib/i18n/locale';
import { loadDataset } from '$lib/server/dataset';
import { baselineView } from '$lib/story/baseline';
import { heroView } from '$lib/story/hero';
import { storyView } from '$lib/story/story';

export function load({ url }) {
	const dataset = loadDataset();
	const locale = localeOf(url.pathname);
	const baseline = baselineView(dataset);
	const hero = heroView(dataset);
	const story = storyView(dataset, locale);
	return { baseline, hero, ...story, lexicon: lexicon(dataset, locale, baseline, hero, story) };
}
