import type { Words } from './zh';

export const words = {
	title: 'How far along are the 2025 targets?',
	at: (p) => `${p.year}:`,
	done: (p) => `${p.share} of the way`,
	goal: (p) => `${p.year} target:`,
	rates: { achieved: 'So far', join: '; ', needed: 'needs', perYear: ' a year' },
	elapsed: 'Share of the plan period elapsed',
	row: (p) =>
		`${p.metric}: from ${p.baseline} in ${p.baselineYear} to ${p.latest} in ${p.latestYear}, ` +
		`${p.progress} of the way to the ${p.targetYear} target of ${p.target}; ` +
		`it grew ${p.achieved} a year on average and needs ${p.needed} a year from here (${p.status.toLowerCase()})`,
	describe: (p) =>
		`Progress bars run from the 2020 baseline (left end) to the 2025 target (right end); a dashed line marks the share of the plan period elapsed. ${p.rows.join('. ')}.`,
	caption: 'Progress towards the 2025 targets',
	columns: [
		'Indicator',
		'2020',
		'Latest',
		'2025 target',
		'Progress',
		'Yearly growth so far',
		'Yearly growth needed',
		'Status'
	],
	latest: (p) => `${p.value} (${p.year})`
} satisfies Words;
