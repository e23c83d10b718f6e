import type { desk as zh, Rich } from '../zh/desk';

export const desk = {
	title: (p) => `Data desk | ${p.site}`,
	description:
		'Every number in Changqing District’s plans and reports, searchable and filterable, with progress towards each target at a glance and the source of every figure.',
	heading: 'Data desk: every number on Changqing',
	lede: (p): Rich => [
		'This page lists all ',
		{ num: p.count, bold: true },
		' figures in the dataset behind this report. Each comes from a public document; follow “Source” to read the passage it is taken from. Download the data: ',
		{ link: 'csv', text: 'CSV (opens in Excel)' },
		' · ',
		{ link: 'json', text: 'JSON' },
		'.'
	],
	ruleTitle: 'How we judge progress towards a target',
	targetCount: (p): Rich => [{ num: p.count }, p.n === 1 ? ' target' : ' targets'],

	controls: 'Search and filter',
	search: 'Search',
	searchHint: 'e.g. income, GDP, grain',
	category: 'Category',
	year: 'Year',
	kind: 'Type',
	source: 'Source',
	sort: 'Sort',
	all: 'All',
	sorts: {
		dataset: 'Dataset order',
		yearAsc: 'Year: earliest first',
		yearDesc: 'Year: latest first',
		metric: 'Indicator name',
		valueDesc: 'Value: largest first',
		valueAsc: 'Value: smallest first',
		status: 'Target progress'
	},
	clear: 'Clear filters',
	noscript: 'Search and filters need JavaScript; the table below lists every figure.',
	shown: {
		before: 'Showing',
		after: (p) => `of ${p.total} figures`
	},

	caption: 'Changqing District dataset: every figure and its source',
	columns: {
		metric: 'Indicator',
		year: 'Year',
		kind: 'Type',
		value: 'Value',
		status: 'Target progress',
		source: 'Source'
	},
	labelAfter: ': ',
	otherScope: (p) => `Figure for ${p.scope}, not Changqing`,
	notApplicable: 'Not applicable',
	progress: (p) =>
		[
			`${p.year}: ${p.latest}`,
			p.achieved && `${p.achieved} a year so far`,
			p.needed && `${p.needed} a year needed from here`
		]
			.filter(Boolean)
			.join('; '),
	conflictLink: '⚠ Differs from another source',
	conflictsTitle: 'Where the sources disagree',
	conflictsIntro:
		'The figures below do not agree between documents (or between two places in one document). We keep all of them, side by side, and leave the choice to the reader.',

	statusRule: (s: { achieved: string; onTrack: string; behind: string; noData: string }): Rich => [
		'Each target is compared with the latest actual figure for the same indicator published after the baseline year. If that figure already meets the target, the target is ',
		{ strong: `“${s.achieved}”` },
		'. If not, it is ',
		{ strong: `“${s.onTrack}”` },
		' when the average yearly growth achieved since the baseline is at least the average yearly growth still needed to reach the target on time, and ',
		{ strong: `“${s.behind}”` },
		' otherwise (a growth-rate target is compared directly with the actual growth rate of the latest year). If no actual figure has been published since the baseline, it is ',
		{ strong: `“${s.noData}”` },
		'. For targets where lower is better, such as death rates, the comparison runs the other way. Only figures for the same place, counted the same way and in the same unit are compared.'
	],

	metricYear: (p) => `${p.metric} (${p.year})`,
	quoteAfter: ': '
} satisfies typeof zh;
