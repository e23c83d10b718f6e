/**
 * Numbers as Chinese readers expect them: 万 and 亿 for large counts, through `Intl` so that
 * grouping and decimal marks follow the locale.
 */

export type Locale = 'zh-CN' | 'en';

const cache = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = locale + JSON.stringify(options);
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(locale, options);
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
export function formatNumber(value: number, locale: Locale = 'zh-CN', decimals?: number): string {
	const digits = decimals ?? Math.min(decimalsOf(value), 4);
	return formatter(locale, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}

/**
 * A count written the Chinese way: 19118 → "1.91万", 338800000 → "3.39亿". Below 10,000 the
 * number is written in full. `Intl`'s compact notation does exactly this for zh-CN.
 */
export function formatCompact(value: number, locale: Locale = 'zh-CN', digits = 3): string {
	if (Math.abs(value) < 10_000) return formatNumber(value, locale);
	return formatter(locale, {
		notation: 'compact',
		maximumSignificantDigits: digits
	}).format(value);
}

/** A share or rate in %, one decimal by default: 16.345 → "16.3%". */
export function formatPercent(value: number, decimals = 1, locale: Locale = 'zh-CN'): string {
	return formatNumber(value, locale, decimals) + '%';
}

/** A growth rate in % with its sign: 29.2 → "+29.2%", -5 → "−5%". */
export function formatGrowth(value: number, locale: Locale = 'zh-CN', decimals?: number): string {
	const digits = decimals ?? Math.min(decimalsOf(value), 1);
	const text = formatter(locale, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
		signDisplay: 'exceptZero'
	}).format(value);
	// a true minus sign reads better than a hyphen
	return text.replace('-', '−') + '%';
}

const QUALIFIER_ZH = { '>': '超过', '>=': '不低于', '<': '低于', '<=': '不超过', about: '约' };
const QUALIFIER_EN = {
	'>': 'over',
	'>=': 'at least',
	'<': 'under',
	'<=': 'at most',
	about: 'about'
};

/** How a qualifier reads before a number. */
export function qualifierWord(
	qualifier: keyof typeof QUALIFIER_ZH | undefined,
	locale: Locale = 'zh-CN'
): string {
	if (qualifier === undefined) return '';
	return (locale === 'zh-CN' ? QUALIFIER_ZH : QUALIFIER_EN)[qualifier];
}

/** A unit after a number: Chinese units follow directly, English ones after a space. */
export function withUnit(number: string, unit: string, locale: Locale = 'zh-CN'): string {
	if (unit === '' || unit === '%') return number + unit;
	return locale === 'zh-CN' ? number + unit : `${number} ${unit}`;
}

interface Quantity {
	value: number;
	max?: number;
	qualifier?: keyof typeof QUALIFIER_ZH;
}

/**
 * A figure's value as a reader sees it, with its qualifier, range and unit:
 * "338.8亿元", "超过50%", "4–5%". `unit` is the unit to print (Chinese, or its English name).
 */
export function formatQuantity(q: Quantity, unit: string, locale: Locale = 'zh-CN'): string {
	const number =
		q.max === undefined
			? formatNumber(q.value, locale)
			: `${formatNumber(q.value, locale)}–${formatNumber(q.max, locale)}`;
	const word = qualifierWord(q.qualifier, locale);
	const value = withUnit(number, unit, locale);
	if (!word) return value;
	return locale === 'zh-CN' ? word + value : `${word} ${value}`;
}
