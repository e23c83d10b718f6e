/**
 * The story as data. A chapter names one chart; each of its steps names a state of that chart
 * and carries the copy read beside it. The same steps become presentation slides and the
 * states of embeds, so nothing here knows how it is shown.
 */

export interface Step {
	/** Stable, unique within its chapter: tests, slides and links name it. */
	id: string;
	/** The state of the chapter's chart this step shows: a key of the chart's `states`. */
	state: string;
	/**
	 * Paragraphs of plain Chinese. Numbers are never typed here: tokens are replaced with the
	 * dataset's figures (see `copy.ts`): `{fig:gdp-2020-baseline}` → "338.8亿元" with its source,
	 * `{cagr:a:b}` the yearly growth from figure a to figure b, `{needed:a:b}` the yearly growth
	 * still needed from a to reach b, `{ratio:a:b}` a divided by b.
	 */
	text: string[];
}

export interface Chapter {
	/** Stable: it is the URL hash (/#baseline). Never rename. */
	id: string;
	/** The one-word chapter label: 起点, 蓝图 … */
	kicker: string;
	/** The chapter's heading. */
	title: string;
	/** The chart the chapter's graphic shows (an id under src/lib/charts/). */
	chart: string;
	/** Paragraphs before the steps, with the same tokens as step text. */
	intro?: string[];
	steps: Step[];
}
