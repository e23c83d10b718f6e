/**
 * A chart's oEmbed answer (oembed.com, type `rich`, version 1.0): what a CMS that reads oEmbed
 * needs to embed the chart from its address alone — the embed code, a default size, the
 * provider, and the chart's PNG as its thumbnail. Linked from the embed page's head.
 */
import { chartPicture, DOWNLOAD_WIDTH } from '$lib/picture/charts.server';
import { PNG_SCALE } from '$lib/picture/downloads.server';
import type { Dataset } from '$lib/data/schema';
import { localePath, type Locale } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/all-messages';
import { DEFAULT_EMBED_HEIGHT, embedSnippet } from './snippet';

export { oembedPath } from './oembed';

export function oembed(dataset: Dataset, chart: string, locale: Locale, origin: string) {
	const picture = chartPicture(dataset, chart, locale, 'final', { origin });
	const title = /<title[^>]*>([^<]*)<\/title>/u.exec(picture.svg)?.[1] ?? chart;
	const unescaped = title
		.replace(/&lt;/gu, '<')
		.replace(/&gt;/gu, '>')
		.replace(/&quot;/gu, '"')
		.replace(/&#39;/gu, "'")
		.replace(/&amp;/gu, '&');
	return {
		version: '1.0',
		type: 'rich',
		title: unescaped,
		provider_name: MESSAGES[locale].site.name,
		provider_url: new URL(localePath(locale, '/'), origin).href,
		html: embedSnippet({
			origin,
			path: localePath(locale, `/embed/${chart}/`),
			title: unescaped
		}),
		width: DOWNLOAD_WIDTH / 2,
		height: DEFAULT_EMBED_HEIGHT,
		thumbnail_url: new URL(localePath(locale, `/charts/${chart}.png`), origin).href,
		thumbnail_width: picture.width * PNG_SCALE,
		thumbnail_height: picture.height * PNG_SCALE
	};
}
