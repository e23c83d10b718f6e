import type { Words } from './zh';

export const words = {
	title: 'Disposable income per person: actual and target',
	series: { urban: 'Urban residents', rural: 'Rural residents' },
	targetPoint: (p) => `${p.year} target`,
	key: {
		actual: 'Actual',
		plan: 'Baseline to target (this report’s line)',
		needed: 'Still to go'
	},
	keyed: (p) => `${p.series}: ${p.kind.charAt(0).toLowerCase()}${p.kind.slice(1)}`,
	gapLabel: 'Urban/rural income ratio: ',
	ratioWhen: (p) => ` (${p.year}${p.target ? ', ratio of the two targets' : ''})`,
	line: (p) =>
		`${p.series}: ${p.baseline} in ${p.baseYear} and ${p.latest} in ${p.latestYear} (average growth of ${p.achieved} a year, by this report’s arithmetic); ` +
		`the ${p.targetYear} target is ${p.target}, which needs average growth of ${p.needed} a year from here`,
	ratio: (p) => `${p.value} in ${p.year}`,
	gap: (p) =>
		` The urban/rural income ratio, by this report’s arithmetic: ${p.ratios} (the ${p.targetYear} ratio is worked out from the two targets).`,
	describe: (p) =>
		`The solid lines are actual figures, the dashed lines join the ${p.baseYear} baseline to the ${p.targetYear} target (the plan gives only the two ends), and the dotted lines show the way still to go from the latest figure to the target. ${p.lines.join('. ')}.${p.gap}`,
	caption: 'Disposable income per person, urban and rural',
	columns: ['', '2020', 'Latest', '2025 target', 'Yearly growth still needed'],
	latestCell: (p) => `${p.value} (${p.year})`
} satisfies Words;
