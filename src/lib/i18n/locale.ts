/**
 * The report's languages. Chinese is the default and lives at `/`; English lives under `/en/`.
 * Everything a reader sees is chosen by one of these when a page renders, never earlier.
 */

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The BCP 47 tag for `lang` attributes and `Intl`. */
export const LANG_TAG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** The locale a path belongs to: `/en` and `/en/…` are English, the rest Chinese. */
export function localeOf(pathname: string): Locale {
	return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh';
}

/** A site path in a locale: `/data/` → `/en/data/` in English. */
export function localePath(locale: Locale, path: string): string {
	return locale === 'zh' ? path : `/en${path}`;
}

/** The other edition: the switch on every page leads there. */
export const otherLocale = (locale: Locale): Locale => (locale === 'zh' ? 'en' : 'zh');

/** A path in the other locale: `/en/data/` ↔ `/data/`. */
export function twinPath(pathname: string): string {
	const locale = localeOf(pathname);
	const bare = locale === 'en' ? pathname.slice('/en'.length) || '/' : pathname;
	return localePath(otherLocale(locale), bare);
}
