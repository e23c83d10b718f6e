/**
 * The words of the data desk, sources and about pages, by locale. Kept out of the site-wide
 * messages so that pages without them (the story, embeds) do not ship their long prose.
 */
import type { Locale } from '$lib/i18n/locale';
import { about as aboutEn } from '$lib/i18n/en/about';
import { desk as deskEn } from '$lib/i18n/en/desk';
import { sources as sourcesEn } from '$lib/i18n/en/sources';
import { about as aboutZh } from '$lib/i18n/zh/about';
import { desk as deskZh } from '$lib/i18n/zh/desk';
import { sources as sourcesZh } from '$lib/i18n/zh/sources';

const zh = { desk: deskZh, sources: sourcesZh, about: aboutZh };
export type DeskMessages = typeof zh;

const MESSAGES: Record<Locale, DeskMessages> = {
	zh,
	en: { desk: deskEn, sources: sourcesEn, about: aboutEn }
};

/** The desk pages' words in a locale. */
export const deskMessages = (locale: Locale): DeskMessages => MESSAGES[locale];
