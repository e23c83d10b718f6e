/**
 * The story as data, in two halves. A chapter's structure — its chart and its steps, each with
 * a stable id and a state of that chart — is the same in every language and drives the
 * scrolling story, the slides and the embeds. Its copy lives per locale (`copy/<locale>/`),
 * keyed by step id, so a translation never copies a chapter.
 */

export interface Step {
	/** Stable, unique within its chapter: copy, tests, slides and links name it. */
	id: string;
	/** The state of the chapter's chart this step shows: a key of the chart's `states`. */
	state: string;
}

export interface Chapter {
	/** Stable: it is the URL hash (/#baseline). Never rename. */
	id: string;
	/** The chart the chapter's graphic shows (an id under src/lib/charts/). */
	chart: string;
	steps: Step[];
}

/**
 * A chapter's words in one locale. Numbers are never typed here: tokens are replaced with the
 * dataset's figures (see `copy.ts`): `{fig:gdp-2020-baseline}` → "338.8亿元" with its source,
 * `{cagr:a:b}` the yearly growth from figure a to figure b, `{needed:a:b}` the yearly growth
 * still needed from a to reach b, `{ratio:a:b}` a divided by b, `{sum:a:b}` a plus b (a floor
 * where either is one: a sum of floors is a floor).
 */
export interface ChapterCopy {
	/** The one-word chapter label: 起点, 蓝图 … */
	kicker: string;
	/** The chapter's heading. */
	title: string;
	/** Paragraphs before the steps. */
	intro?: string[];
	/** Each step's paragraphs, by step id: every step must have copy, and nothing else may. */
	steps: Record<string, string[]>;
	/**
	 * How to read the chapter's figures: how they were counted, what the documents leave unsaid,
	 * where two of them cannot be compared. Folded under the chapter's steps, so a card says what
	 * the figures say and keeps a caveat only where it changes what its sentence means.
	 */
	notes?: string[];
	/**
	 * Each step as a slide for a hall, by step id: every step must have one. The full step text
	 * becomes the presenter's notes; the slide says only this (see `SLIDE_LIMITS`).
	 */
	slides: Record<string, SlideCopy>;
}

/**
 * A step's words on a projected slide: a title that states the step's point, and at most two
 * short lines with the figures that prove it. Tokens as in the step's copy. Caveats go to the
 * notes, not here, unless without one the title would be untrue (a floor reads as a floor).
 */
export interface SlideCopy {
	title: string;
	lines?: string[];
}
