import type { Unlike } from '$lib/data/derive';
import type { desk as zh, Rich } from '../zh/desk';

export const desk = {
	title: (p) => `Data | ${p.site}`,
	description:
		'Every number in Changqing District’s plans and reports, searchable and filterable, with progress towards each target at a glance and the source of every figure.',
	heading: 'Data: every number this report uses',
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

	caption: 'This report’s dataset: every figure and its source',
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
	verdict: (p) => {
		const at =
			p.year === undefined ? '' : `${p.year}${p.metric ? ` (${p.metric})` : ''}: ${p.latest}`;
		switch (p.comparison) {
			case 'none':
				return 'No later figure in the sources';
			case 'unlike':
				return `${at}, but ${UNLIKE_EN[p.why ?? 'other-measure']}${p.why === 'other-year' ? '' : ', so it cannot judge the target'}`;
			case 'year':
				return at;
			case 'early':
				return `${at}, reached early`;
			case 'no-baseline':
				return `${at}, not yet reached; no baseline to measure the pace from`;
			case 'pace':
				return `${at}; ${p.achieved} a year since ${p.baselineYear}, ${p.needed} a year needed from here`;
			case 'average':
				return `${at}; ${p.achieved} a year on average since ${p.baselineYear}${p.needed ? `; ${p.needed} a year needed from here` : ''}`;
		}
	},
	conflictLink: '≠ Differs from another figure',
	noteLink: 'Not directly comparable with a similar figure',
	conflictsTitle: 'Where the figures disagree, and where they cannot be compared',
	conflictsIntro:
		'Entries marked ≠ are real disagreements between the sources: two numbers for one measure, one measure of one year in different units, or a document whose own numbers do not agree. The others explain figures that look alike but cannot be compared directly: they may not measure the same thing, a qualifier changes between years, they count different things, one is another place’s, or the parts given do not account for the whole. We keep all of them, side by side, and leave the choice to the reader; numbers marked “this report’s arithmetic” are ours.',

	statusRule: (s) => [
		'Each target is compared only with actual figures for the same place, measure and unit published after its baseline; estimates do not count. A target is ',
		{ strong: `“${s.achieved}”` },
		' when the figure for its year meets it, or when a level was reached early; ',
		{ strong: `“${s.missed}”` },
		' when the figure for its year falls short. Before the target year, a level target is ',
		{ strong: `“${s.onTrack}”` },
		' when the yearly growth achieved since the baseline is at least the yearly growth still needed to reach it on time, and an average growth target when the average so far meets it; otherwise it is ',
		{ strong: `“${s.behind}”` },
		'. A target set for one year (such as the 2024 work report’s) is judged only by that year’s figure, and a five-year average never by a single year’s rate. A target with no comparable figure is ',
		{ strong: `“${s.noData}”` },
		', with the reason. Whether higher or lower is better (a death rate) is stated for every target in the data.'
	],

	metricYear: (p) => `${p.metric} (${p.year})`,
	undated: 'no year given',
	averageOver: (p) => `average yearly growth, ${p.period}`,
	quoteAfter: ': '
} satisfies typeof zh;

const UNLIKE_EN: Record<Unlike, string> = {
	estimate: 'that is an estimate, not an actual',
	'other-year': 'the target is for another year, and only a figure for that year can judge it',
	'one-year-rate': 'one year’s rate is not a five-year average',
	'other-measure': 'it measures something different',
	'other-unit': 'it is in another unit'
};
