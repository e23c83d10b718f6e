/**
 * Every page lives under `src/routes/[[lang=en]]/`: once at `/…` in Chinese and once at
 * `/en/…` in English (the `en` matcher in src/params/). A page with parameters lists its
 * entries once; `twins` adds each one's English twin.
 */
export function twins<P extends Record<string, string>>(entries: P[]): (P & { lang?: 'en' })[] {
	return entries.flatMap((e) => [e, { ...e, lang: 'en' as const }]);
}
