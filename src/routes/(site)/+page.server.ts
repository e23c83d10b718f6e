import { lexicon } from '$lib/i18n/lexicon';
import { localeOf } from '$lib/i18n/locale';
import { loadDataset } from '$lib/server/dataset';
import { baselineView } from '$lib/story/baseline';
import { storyView } from '$lib/story/story';

export function load({ url }) {
	const dataset = loadDataset();
	const locale = localeOf(url.pathname);
	const baseline = baselineView(dataset);
	const story = storyView(dataset, locale);
	return { baseline, ...story, lexicon: lexicon(dataset, locale, baseline, story) };
}
