/**
 * Every number a reader sees, in one locale: a `Format` is made once per page from the locale
 * and the lexicon's unit names, and components and chart texts format through it.
 */
import type { Kind, Qualifier } from '$lib/data/schema';
import { LANG_TAG, type Locale } from '$lib/i18n/locale';
import {
	formatCompact,
	formatGrowth,
	formatNumber,
	formatPercent,
	formatQuantity,
	qualifierAfter,
	qualifierWord
} from './number';

/** What a value needs to be written out: a figure, or anything shaped like one. */
export interface Quantity {
	value: number;
	max?: number;
	qualifier?: Qualifier;
	unit: string;
}

export interface Format {
	locale: Locale;
	/** 43578 → "43,578"; decimals as the source gave them unless asked. */
	number(value: number, decimals?: number): string;
	/** Axis ticks: "1.91万" in Chinese, "19.1K" in English. */
	compact(value: number): string;
	/** A share or rate: "16.3%". */
	percent(value: number, decimals?: number): string;
	/** A change in %, signed: "+29.2%", "−5%". */
	growth(value: number, decimals?: number): string;
	/** A quantity with qualifier, range and unit: "338.8亿元" / "CNY 33.88 billion". */
	quantity(q: Quantity): string;
	/** A qualifier alone, before the amount: "超过" / "over" (empty for 以上, which follows it). */
	qualifier(q: Qualifier | undefined): string;
	/** A qualifier alone, after the amount and its unit: "以上", "以下" (empty in English). */
	qualifierAfter(q: Qualifier | undefined): string;
	/** A year as a label: "2020年" / "2020". */
	year(year: number): string;
	/** Items as a list: "甲、乙和丙" / "a, b and c". */
	list(items: string[]): string;
	/** A kind as a word: 实际 / actual. */
	kind(kind: Kind): string;
}

const KIND_WORDS: Record<Locale, Record<Kind, string>> = {
	zh: { baseline: '基期', actual: '实际', estimate: '预计', target: '目标', plan: '计划' },
	en: {
		baseline: 'baseline',
		actual: 'actual',
		estimate: 'estimate',
		target: 'target',
		plan: 'plan'
	}
};

/** One list formatter per locale, made when first needed: building one is slow on a phone. */
const lists = new Map<Locale, Intl.ListFormat>();
function listFormat(locale: Locale): Intl.ListFormat {
	let f = lists.get(locale);
	if (!f) {
		f = new Intl.ListFormat(LANG_TAG[locale], { style: 'long', type: 'conjunction' });
		lists.set(locale, f);
	}
	return f;
}

const NO_UNITS: Record<string, string> = {};
/** Formats made so far, by units table and locale: every island of a page shares one. */
const made = new WeakMap<Record<string, string>, Map<Locale, Format>>();

/** A `Format` for a locale; `units` maps each unit id to how the locale writes it. */
export function createFormat(locale: Locale, units: Record<string, string> = NO_UNITS): Format {
	let byLocale = made.get(units);
	if (!byLocale) made.set(units, (byLocale = new Map()));
	let format = byLocale.get(locale);
	if (!format) byLocale.set(locale, (format = makeFormat(locale, units)));
	return format;
}

function makeFormat(locale: Locale, units: Record<string, string>): Format {
	// a page formats the same few hundred figures again and again (hydrating, tweening), and
	// Intl's formatting is the slow part: remember each one
	const quantities = new Map<string, string>();
	return {
		locale,
		number: (v, d) => formatNumber(v, locale, d),
		compact: (v) => formatCompact(v, locale),
		percent: (v, d = 1) => formatPercent(v, d, locale),
		growth: (v, d) => formatGrowth(v, locale, d),
		quantity: (q) => {
			const key = `${q.value}|${q.max}|${q.qualifier}|${q.unit}`;
			let text = quantities.get(key);
			if (text === undefined) {
				text = formatQuantity(q, q.unit, locale, units[q.unit] ?? q.unit);
				quantities.set(key, text);
			}
			return text;
		},
		qualifier: (q) => qualifierWord(q, locale),
		qualifierAfter: (q) => qualifierAfter(q, locale),
		year: (y) => (locale === 'zh' ? `${y}年` : String(y)),
		// Chinese lists take the enumeration comma throughout, as the sources write them
		list: (items) => (locale === 'zh' ? items.join('、') : listFormat(locale).format(items)),
		kind: (k) => KIND_WORDS[locale][k]
	};
}
