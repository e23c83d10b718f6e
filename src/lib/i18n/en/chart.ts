import type { chart as zh } from '../zh/chart';

export const chart = {
	// one line at 360 px: a line of two took the room of a row, and the line under a window
	// that scrolls (below) is of the same height, or the two would trade places
	part: (p) =>
		p.passage
			? `This passage’s ${p.shown === 1 ? 'row' : `${p.shown} rows`} (of ${p.rows})`
			: `${p.shown} of ${p.rows} rows shown`,
	partBrowse: (p) =>
		p.passage
			? `The ${p.shown === 1 ? 'row' : `${p.shown} rows`} this passage is about, of ${p.rows}: scroll to see them`
			: `${p.shown} of ${p.rows} rows: scroll to see them`,
	above: (p) =>
		`${p.n === 1 ? 'One earlier entry' : `${p.n} earlier entries`} not shown here: “Show table” lists them all`,
	tableRest: 'Rows that do not fit here: see “Show table”',
	partTable: (p) =>
		p.fit < p.shown
			? `${p.fit} of ${p.shown} rows fit here; all ${p.rows} in “Show table”`
			: `${p.shown} of ${p.rows} rows; all under “Show table”`,
	sourceColumn: 'Source',
	sourceLink: 'source',
	sourceJoin: ', ',
	source: 'Source',
	docTitle: (p) => p.title,
	citeDash: '— ',
	/** Beside a figure that belongs to a conflict, and in its tip. */
	conflict: 'Differs from another figure',
	/** After `conflict` in a figure's tip, before its link. */
	conflictColon: ': ',
	/** Before an excerpt's English gloss (English pages only: Chinese pages show the excerpt alone). */
	gloss: 'In English: ',
	/** The link from a figure's tip to the conflict's note. */
	conflictMore: 'see the note on the Data page',
	/** The button that closes a figure's tip where it is a sheet along a phone's bottom edge. */
	closeTip: 'Close',
	/** In the tip of a figure that only looks comparable with another (no flag). */
	note: 'Not directly comparable with a similar figure',
	row: {
		place: (p) => `Box 1, row ${p.no}`,
		baseline: '2020 actual:',
		target: '2025 target:',
		growth: 'average annual growth (%):',
		nature: 'type:',
		binding: 'binding',
		expected: 'expected',
		between: ' | ',
		printed: 'As the table prints it: '
	},
	showTable: 'Show table',
	showChart: 'Show chart',
	stepperLabel: 'Step through this chapter’s chart',
	previous: 'Previous step',
	next: 'Next step',
	stepOf: (p) => `${p.step} / ${p.count}`
} satisfies typeof zh;
