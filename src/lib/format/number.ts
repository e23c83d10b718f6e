/**
 * Numbers as Chinese readers expect them: 万 and 亿 for large counts, through `Intl` so that
 * grouping and decimal marks follow the locale.
 */

import { LANG_TAG, type Locale } from '$lib/i18n/locale';
import type { Qualifier } from '$lib/data/schema';

export type { Locale };

const cache = new Map<string, Intl.NumberFormat>();
/**
 * One `Intl.NumberFormat` per locale and `kind` (a short name for `options`, which the caller
 * keeps in step with them): building one is slow, and so is a key made from the options.
 */
function formatter(
	locale: Locale,
	kind: string,
	options: Intl.NumberFormatOptions
): Intl.NumberFormat {
	const key = locale + kind;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(LANG_TAG[locale], options);
		cache.set(key, f);
	}
	return f;
}

/** Significant decimals as the source wrote them: 338.8 keeps one, 30.24 keeps two. */
function decimalsOf(value: number): number {
	const text = String(value);
	const dot = text.indexOf('.');
	return dot === -1 ? 0 : text.length - dot - 1;
}

/** A number with locale grouping and the decimals it came with: 43578 → "43,578". */
export function formatNumber(value: number, locale: Locale = 'zh', decimals?: number): string {
	const digits = decimals ?? Math.min(decimalsOf(value), 4);
	return formatter(locale, `f${digits}`, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}

/**
 * A count written the Chinese way: 19118 → "1.91万", 338800000 → "3.39亿". Below 10,000 the
 * number is written in full. `Intl`'s compact notation does exactly this for zh-CN.
 */
export function formatCompact(value: number, locale: Locale = 'zh', digits = 3): string {
	if (Math.abs(value) < 10_000) return formatNumber(value, locale);
	return formatter(locale, `c${digits}`, {
		notation: 'compact',
		maximumSignificantDigits: digits
	}).format(value);
}

/** A share or rate in %, one decimal by default: 16.345 → "16.3%". */
export function formatPercent(value: number, decimals = 1, locale: Locale = 'zh'): string {
	return formatNumber(value, locale, decimals) + '%';
}

/** A growth rate in % with its sign: 29.2 → "+29.2%", -5 → "−5%". */
export function formatGrowth(value: number, locale: Locale = 'zh', decimals?: number): string {
	const digits = decimals ?? Math.min(decimalsOf(value), 1);
	const text = formatter(locale, `g${digits}`, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
		signDisplay: 'exceptZero'
	}).format(value);
	// a true minus sign reads better than a hyphen
	return text.replace('-', '−') + '%';
}

/**
 * How a qualifier reads, as the sources write it: Chinese puts 以上 and 以下 after the amount
 * ("26.9万吨以上", "9.3/10万以下", a size class "200亿元级") and 超过, 低于, 约, 近 before it;
 * English puts all before.
 */
const QUALIFIER_ZH: Record<Qualifier, { word: string; after?: true }> = {
	'>': { word: '超过' },
	'>=': { word: '以上', after: true },
	'<': { word: '低于' },
	'<=': { word: '以下', after: true },
	about: { word: '约' },
	nearly: { word: '近' },
	class: { word: '级', after: true }
};
const QUALIFIER_EN: Record<Qualifier, string> = {
	'>': 'over',
	'>=': 'at least',
	'<': 'under',
	'<=': 'at most',
	about: 'about',
	nearly: 'nearly',
	class: 'the class of'
};

/** How a qualifier reads before a number (empty when it follows the amount). */
export function qualifierWord(qualifier: Qualifier | undefined, locale: Locale = 'zh'): string {
	if (qualifier === undefined) return '';
	if (locale === 'en') return QUALIFIER_EN[qualifier];
	const q = QUALIFIER_ZH[qualifier];
	return q.after ? '' : q.word;
}

/** How a qualifier reads after the amount and its unit, where the locale puts it there. */
export function qualifierAfter(qualifier: Qualifier | undefined, locale: Locale = 'zh'): string {
	if (qualifier === undefined || locale === 'en') return '';
	const q = QUALIFIER_ZH[qualifier];
	return q.after ? q.word : '';
}

/** English unit nouns in the singular, for a count of exactly one: "1 day", not "1 days". */
const SINGULAR: Record<string, string> = {
	people: 'person',
	households: 'household',
	visits: 'visit',
	items: 'item',
	schools: 'school',
	sites: 'site',
	units: 'unit',
	vehicles: 'vehicle',
	beds: 'bed',
	sets: 'set',
	batches: 'batch',
	times: 'time',
	years: 'year',
	days: 'day',
	hours: 'hour',
	minutes: 'minute',
	hectares: 'hectare',
	tonnes: 'tonne',
	stars: 'star',
	events: 'event',
	points: 'point'
};

/**
 * An English unit as it reads after the number 1: its head noun (the last word before "per" or
 * "of") in the singular, so "1 day", "1 percentage point", "1 bed per 1,000 people". A unit that
 * starts with a number ("10,000 people") stays as it is.
 */
export function singularUnit(unit: string): string {
	if (/^[\d\s]/u.test(unit)) return unit;
	const cut = unit.search(/\s(?:per|of)\s/u);
	const head = cut === -1 ? unit : unit.slice(0, cut);
	const rest = cut === -1 ? '' : unit.slice(cut);
	return head.replace(/[A-Za-z]+$/u, (w) => (Object.hasOwn(SINGULAR, w) ? SINGULAR[w]! : w)) + rest;
}

/**
 * A unit after a number. Chinese units follow directly ("338.8亿元"); a per-unit such as
 * 1/10万 reads "7/10万", not "71/10万"; 人/千人 reads "2.69人", as the plan writes it beside
 * "每千人口". English ones follow after a space, in the singular after exactly 1 ("1 day").
 */
export function withUnit(number: string, unit: string, locale: Locale = 'zh'): string {
	if (unit === '' || unit === '%' || (unit === '‰' && locale === 'zh')) return number + unit;
	if (locale === 'zh') {
		if (unit.startsWith('1/')) return `${number}/${unit.slice(2)}`;
		// "每千人口执业医师2.69人": the metric says per 1,000 people, the unit need not again
		if (unit.endsWith('/千人')) return number + unit.slice(0, -'/千人'.length);
		return number + unit;
	}
	return `${number} ${number === '1' ? singularUnit(unit) : unit}`;
}

/**
 * A number before a Chinese unit. Before a unit that counts in 万 or 亿 the number takes no
 * thousands separator, as Chinese writes it: "1000亿元", not "1,000亿元".
 */
function numberBefore(value: number, unit: string, locale: Locale): string {
	if (locale !== 'zh' || !(unit.startsWith('万') || unit.startsWith('亿')))
		return formatNumber(value, locale);
	const digits = Math.min(decimalsOf(value), 4);
	return formatter(locale, `u${digits}`, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
		useGrouping: false
	}).format(value);
}

/** Chinese counting units inside a unit id: 亿元 is 10⁸ yuan, 万人 10⁴ people. */
const SCALES: [string, number][] = [
	['亿', 1e8],
	['万', 1e4]
];

/**
 * Base units English writes as plain quantities once the 万 or 亿 is multiplied out:
 * "CNY 33.88 billion", "595,500 people". Other units keep their English name from data/units.yaml.
 */
const EN_BASE: Record<string, { prefix?: string; suffix?: string }> = {
	// a no-break space: "CNY" never ends a line with its number on the next
	元: { prefix: 'CNY\u00a0' },
	美元: { prefix: 'USD\u00a0' },
	人: { suffix: ' people' },
	人次: { suffix: ' person-times' },
	亩: { suffix: ' mu' },
	吨: { suffix: ' tonnes' },
	平方米: { suffix: ' m²' },
	立方米: { suffix: ' m³' },
	千瓦: { suffix: ' kW' },
	千瓦时: { suffix: ' kWh' }
};

const EN_WORDS: [number, string][] = [
	[1e9, ' billion'],
	[1e6, ' million']
];

/** The English reading of a value in a Chinese unit, or undefined when it is not a scaled one. */
function englishAmount(
	q: Quantity,
	unit: string
): { text: (n: number) => string; prefix: string; suffix: string } | undefined {
	const [scale, base] = SCALES.reduce<[number, string]>(
		(found, [char, factor]) => (unit.startsWith(char) ? [factor, unit.slice(1)] : found),
		[1, unit]
	);
	const style = EN_BASE[base];
	if (!style) return undefined;
	const top = Math.abs((q.max ?? q.value) * scale);
	const [divisor, word] = EN_WORDS.find(([d]) => top >= d) ?? [1, ''];
	// keep the precision the source wrote: 338.8亿 is known to 0.1亿, so 33.88 billion
	const decimals = (v: number) =>
		Math.max(0, Math.min(4, decimalsOf(v) + Math.log10(divisor) - Math.log10(scale)));
	return {
		// at most the source's precision, and no trailing zeros: 150亿 is "15 billion", not "15.0"
		text: (n) => {
			const digits = decimals(n);
			return formatter('en', `m${digits}`, { maximumFractionDigits: digits }).format(
				(n * scale) / divisor
			);
		},
		prefix: style.prefix ?? '',
		suffix: word + (style.suffix ?? '')
	};
}

interface Quantity {
	value: number;
	max?: number;
	qualifier?: Qualifier;
}

/**
 * A figure's value as a reader sees it, with its qualifier, range and unit: "338.8亿元",
 * "超过50%", "4–5%"; in English "CNY 33.88 billion", "over 50%". `unit` is the unit's id (as
 * the sources write it); `unitName` is how the locale writes it where it differs (English).
 */
export function formatQuantity(
	q: Quantity,
	unit: string,
	locale: Locale = 'zh',
	unitName: string = unit
): string {
	const word = qualifierWord(q.qualifier, locale);
	if (locale === 'zh') {
		const number =
			q.max === undefined
				? numberBefore(q.value, unit, locale)
				: `${numberBefore(q.value, unit, locale)}–${numberBefore(q.max, unit, locale)}`;
		return word + withUnit(number, unit, locale) + qualifierAfter(q.qualifier, locale);
	}
	const amount = englishAmount(q, unit);
	// "1 person", but "1 million people"
	const one = amount && q.max === undefined && amount.text(q.value) === '1';
	const suffix =
		amount && one && !/^ (?:b|m)illion/u.test(amount.suffix)
			? amount.suffix.replace(/\S+$/u, (w) => singularUnit(w))
			: amount?.suffix;
	const value = amount
		? amount.prefix +
			(q.max === undefined
				? amount.text(q.value)
				: `${amount.text(q.value)}–${amount.text(q.max)}`) +
			suffix
		: withUnit(
				q.max === undefined
					? formatNumber(q.value, locale)
					: `${formatNumber(q.value, locale)}–${formatNumber(q.max, locale)}`,
				// % reads the same in every language; ‰, rare in English, is written out (2.5 per 1,000)
				unit === '%' ? unit : unitName,
				locale
			);
	return word ? `${word} ${value}` : value;
}

/** A chapter's number as the story prints it, from its position counted from 1: 01, 02 … */
export const chapterNumber = (n: number) => String(n).padStart(2, '0');

/**
 * A date as the sources give it ("2024-01-17", or "2021-10" for a month), in each language's
 * usual form: 2024年1月17日 / 17 January 2024; 2021年10月 / October 2021.
 */
export function formatDate(iso: string, locale: Locale): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
	const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
	const parts: Intl.DateTimeFormatOptions = d
		? { year: 'numeric', month: 'long', day: 'numeric' }
		: m
			? { year: 'numeric', month: 'long' }
			: { year: 'numeric' };
	return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
		...parts,
		timeZone: 'UTC'
	}).format(date);
}
