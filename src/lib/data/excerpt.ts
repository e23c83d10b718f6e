/**
 * Checks that tie a figure to its source: the excerpt stands in the source text, and the
 * figure's number stands in the excerpt.
 */

/** Whitespace runs become one space: the excerpt as the exports print it. */
export function normaliseExcerpt(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The seeds are text extracted from PDFs: lines break mid-word and spaces fall inside numbers
 * ("30.24 亿元"). So an excerpt matches its source when both agree with all whitespace removed.
 */
export function excerptInSource(excerpt: string, source: string): boolean {
	const squeeze = (s: string) => s.replace(/\s+/gu, '');
	const needle = squeeze(excerpt);
	return needle.length > 0 && squeeze(source).includes(needle);
}

const DIGITS = '零一二三四五六七八九';

/** Chinese numerals for a whole number below 100,000: 10 → 十, 25 → 二十五, 105 → 一百零五. */
export function chineseNumeral(n: number): string {
	if (!Number.isInteger(n) || n < 0 || n >= 100_000) return '';
	if (n < 10) return DIGITS[n]!;
	const units = ['', '十', '百', '千', '万'];
	const digits = String(n).split('').map(Number);
	let out = '';
	let zero = false;
	digits.forEach((d, i) => {
		const unit = units[digits.length - 1 - i]!;
		if (d === 0) {
			zero = true;
			return;
		}
		if (zero && out) out += '零';
		zero = false;
		out += DIGITS[d]! + unit;
	});
	// 一十五 is written 十五
	return out.startsWith('一十') ? out.slice(1) : out;
}

/** The ways a source may write a number: 19118, 19,118, 十, 两 … */
function forms(n: number): string[] {
	const abs = Math.abs(n);
	const plain = String(abs);
	const out = [plain, abs.toLocaleString('en-US', { maximumFractionDigits: 10 })];
	const numeral = chineseNumeral(abs);
	if (numeral) out.push(numeral);
	if (abs === 2) out.push('两');
	// "百亿级", "千亩": a bare 百 or 千 is one hundred or one thousand
	if (abs === 100) out.push('百');
	if (abs === 1000) out.push('千');
	if (abs === 2000) out.push('两千');
	if (abs === 20000) out.push('两万');
	return [...new Set(out)];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Whether the excerpt writes the number `n` (its sign aside: "下降5%" is the growth -5).
 * Digits must stand alone: 9 is not found in "40.9", nor 40 in "40.9" or "140"; a comma
 * or point counts as part of a number only between digits ("时间,39个" holds 39).
 */
export function excerptContains(excerpt: string, n: number): boolean {
	return forms(n).some((form) => {
		if (/^[\d.,]+$/u.test(form)) {
			const pattern = new RegExp(`(?<!\\d)(?<!\\d[.,])${escape(form)}(?![\\d]|[.,]\\d)`, 'u');
			// a trailing zero may be dropped or kept: 10 matches "10.0", 3.3 matches "3.30"
			const padded = new RegExp(
				`(?<!\\d)(?<!\\d[.,])${escape(form)}${form.includes('.') ? '' : '\\.'}0+(?!\\d)`,
				'u'
			);
			return pattern.test(excerpt) || padded.test(excerpt);
		}
		const numeral = new RegExp(
			`(?<![${DIGITS}十百千万两])${escape(form)}(?![${DIGITS}十百千万])`,
			'u'
		);
		return numeral.test(excerpt);
	});
}
