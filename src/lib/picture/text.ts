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
/** Marks a line never starts with. */
export const NO_START = new Set([...'，。、；：？！）」』”’〕】》〉…%,.;:?!)]}·—／/-']);
/** Characters a line may not end with (opening punctuation). */
const NO_END = new Set([...'（「『“‘〔【《〈([{']);
/** Characters that hold on to what comes before and after them: "2020 → 2035" stays whole. */
const BINDS = new Set([...'→']);
/** A Chinese number written in characters, as one word: 二〇三五年, 十四五. */
const HAN_NUMBER = /^[〇零一二三四五六七八九十百千万亿年]+$/u;
/** Characters set apart one by one: each is a place a line may break. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026]/u;

/** Words as a dictionary finds them: Chinese words stay whole (起点, 远景, 中心城区 …). */
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The units a line breaks between: a Chinese word (as ICU's dictionary segments it), a Latin
 * word or number, each with the punctuation that clings to it; a line never starts with a
 * closing mark nor ends with an opening one, and an arrow keeps its neighbours. Spaces are
 * kept at the end of the unit before them.
 */
export function breakUnits(text: string): string[] {
	const units: string[] = [];
	let pending = ''; // opening marks, waiting for the unit they open
	let bind = false; // the next unit joins the last one (after an arrow)
	const attach = (segment: string) => {
		if (units.length) units[units.length - 1] += segment;
		else pending += segment;
	};
	for (const { segment } of words.segment(text)) {
		const chars = [...segment];
		if (segment.trim() === '') attach(segment);
		else if (chars.every((c) => NO_START.has(c))) attach(segment);
		else if (chars.every((c) => BINDS.has(c))) {
			attach(segment);
			bind = true;
		} else if (chars.every((c) => NO_END.has(c))) pending += segment;
		else {
			const last = units[units.length - 1];
			const number =
				last !== undefined &&
				HAN_NUMBER.test(last.replace(/^[“‘「『（《〈([{]+/u, '').trimEnd()) &&
				HAN_NUMBER.test(segment);
			if ((bind || number) && last !== undefined && !pending) units[units.length - 1] += segment;
			else units.push(pending + segment);
			pending = '';
			bind = false;
		}
	}
	if (pending) units.push(pending);
	return units;
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
