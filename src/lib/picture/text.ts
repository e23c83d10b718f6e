/**
 * Text in a picture: how wide a line is (a `Measure`, from the font's own metrics on the
 * server) and where it breaks. Pure, so layouts and their tests need no font file: tests may
 * hand in a measure of their own.
 */

export type Weight = 400 | 700;

/** A font's metrics, as a picture's layout asks for them. Sizes in px. */
export interface Measure {
	/** The advance width of `text` set in `size` px at `weight`. */
	width(text: string, size: number, weight?: Weight): number;
	/** Above the baseline and below it, as fractions of the size: the ideographic em box. */
	ascent: number;
	descent: number;
}

/** Characters a line may not start with (closing punctuation, Chinese and Latin). */
const NO_START = new Set([...'，。、；：？！）」』”’〕】》〉…%,.;:?!)]}·—／/']);
/** Characters a line may not end with (opening punctuation). */
const NO_END = new Set([...'（「『“‘〔【《〈([{']);
/** Characters set apart one by one: each is a place a line may break. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026]/u;

/**
 * The units a line breaks between: a Latin word or number stays whole ("338.8亿元" breaks
 * after "338.8"'s 亿 at the earliest), each Chinese character stands alone, punctuation
 * clings to its neighbour. Spaces are kept at the end of the unit before them.
 */
export function breakUnits(text: string): string[] {
	const units: string[] = [];
	let word = '';
	const flush = () => {
		if (word) units.push(word);
		word = '';
	};
	for (const ch of text) {
		if (ch === ' ') {
			word += ch;
			flush();
		} else if (CJK.test(ch) && !NO_START.has(ch) && !NO_END.has(ch)) {
			flush();
			units.push(ch);
		} else if (NO_START.has(ch)) {
			// glue to what came before: a line never starts with it
			if (word) word += ch;
			else if (units.length) units[units.length - 1] += ch;
			else word = ch;
		} else if (NO_END.has(ch)) {
			flush();
			word = ch;
		} else {
			word += ch;
		}
	}
	flush();
	// an opening bracket glued alone to nothing: join it to the unit after it
	const joined: string[] = [];
	for (const u of units) {
		const last = joined[joined.length - 1];
		if (last !== undefined && [...last].every((c) => NO_END.has(c)))
			joined[joined.length - 1] = last + u;
		else joined.push(u);
	}
	return joined;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (a unit wider than that has a line of its
 * own, and the layout checks will say so). Explicit newlines are kept.
 */
export function wrap(
	text: string,
	maxWidth: number,
	size: number,
	measure: Measure,
	weight: Weight = 400
): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const unit of breakUnits(paragraph)) {
			const candidate = line + unit;
			if (line && measure.width(candidate.trimEnd(), size, weight) > maxWidth) {
				lines.push(line.trimEnd());
				line = unit.trimStart();
			} else line = candidate;
		}
		lines.push(line.trimEnd());
	}
	return lines;
}

/** The widest of some lines. */
export const widest = (lines: string[], size: number, measure: Measure, weight: Weight = 400) =>
	Math.max(0, ...lines.map((l) => measure.width(l, size, weight)));

/**
 * A measure for tests and for layouts that must not depend on a font: every Chinese
 * character one em, every other character 0.55 em.
 */
export const roughMeasure: Measure = {
	width: (text, size, weight = 400) =>
		[...text].reduce((w, ch) => w + (CJK.test(ch) ? 1 : weight === 700 ? 0.6 : 0.55), 0) * size,
	ascent: 0.88,
	descent: 0.12
};
