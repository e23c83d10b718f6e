import type { Words } from './zh';

export const words = {
	title: 'How far along are the 2025 targets?',
	browse: (p) => `Scroll the chart to see all ${p.rows} targets`,
	at: (p) => `${p.year}:`,
	// short: a row's third line cost a phone the next row (the card says what the bar is)
	done: (p) => `${p.share} of the way`,
	goal: (p) => `${p.year} target:`,
	yearly: { before: '', after: ' a year' },
	rates: { achieved: 'so far', join: '; ', needed: 'needs', perYear: ' a year' },
	target2024: '2024 target',
	average: 'Average growth target',
	estimate: ' (estimate)',
	unlike: 'Different measure',
	elapsed: 'Share of the plan period elapsed',
	row: (p) =>
		`${p.metric}: from ${p.baseline} in ${p.baselineYear} to ${p.latest} in ${p.latestYear}, ` +
		`${p.progress} of the way from the baseline to the ${p.targetYear} target of ${p.target}; ` +
		`it grew ${p.achieved} a year on average and needs ${p.needed} a year from here` +
		`${p.target2024 ? `, against a 2024 growth target of ${p.target2024}` : ''} (${p.status.toLowerCase()})`,
	rowUnlike: (p) =>
		`${p.metric}: ${p.targetYear} target ${p.target}; the later figure${p.laterMetric ? ` (${p.laterMetric})` : ''} is ${p.later} in ${p.laterYear}` +
		`${p.caveat ? `. ${p.caveat.replace(/\.$/u, '')}` : ''} (${p.status.toLowerCase()})`,
	describe: (p) =>
		`Each 2025 target with a later figure has a row. Where the two compare, a progress bar runs from the 2020 baseline (left end) to the 2025 target (right end) and a dashed line marks the share of the plan period elapsed; where they do not, the row gives both numbers and why. ${p.rows.join('. ')}.`,
	caption: 'Progress towards the 2025 targets',
	columns: [
		'Indicator',
		'2020',
		'Later figure',
		'2025 target',
		'Way covered',
		'Yearly growth so far',
		'Yearly growth needed',
		'2024 growth target',
		'Status',
		'Note'
	],
	latest: (p) => `${p.metric ? `${p.metric}: ` : ''}${p.value} (${p.year})`
} satisfies Words;
