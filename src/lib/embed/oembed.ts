import { localePath, type Locale } from '$lib/i18n/locale';

/** Where a chart's oEmbed answer is: beside its embed page. */
export const oembedPath = (locale: Locale, chart: string) =>
	localePath(locale, `/embed/${chart}/oembed.json`);
