import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Blueprint',
	title: 'The 2025 targets: the plan’s “main indicators”',
	intro: [
		'The outline of the 14th Five-Year Plan (2021–2025) lists its main goals for the five years in one table, Box 1. Each indicator is marked “binding” or “expected”. As the terms are generally understood, a binding indicator is one the government must meet; an expected one sets the direction it hopes to go in.',
		'Each row of the table is one indicator and its 2025 target, in six groups: overall strength, quality of development, opening up, ecological quality, well-being and security. For a growth rate, the target is the average yearly rate over 2021–2025. “Industrial growth” is that of industry above designated size: industrial firms above a set turnover. The “four new” economy usually means new technology, new industries, new business forms and new business models (the plan does not define it; this report’s gloss).'
	],
	steps: {
		strength: [
			'Overall strength: the longer a bar, the more growth the five years require. GDP gets no total, only average yearly growth of {fig:gdp-growth-2025-target}. The resident population is to reach {fig:population-2025-target}; at the table’s own yearly growth of {fig:population-growth-2025-target} it would not (this report’s arithmetic).'
		],
		binding: [
			'Binding indicators sit in two groups, ecology and security. For farmland retained and cuts in energy, water and carbon intensity, the table says “complete the tasks set by the city”. Grain capacity has a target of {fig:grain-capacity-2025-target}, while chapter eight of the plan sets a floor of {fig:grain-capacity-2025-target-rural}: two different numbers.'
		],
		all: [
			'Across the indicators, some need only modest growth over the five years, others growth of two-fifths or more (this report’s arithmetic from baselines and targets). New urban jobs are a five-year total: the target is {fig:new-urban-jobs-cumulative-2025-target}, fewer than the 13th plan’s {fig:new-urban-jobs-cumulative-2020-baseline}. The “Progress” chapter shows how far they have got.'
		]
	},
	notes: [
		'The good-air-days row is binding too; its target cell is empty, by the table’s layout covered by the same “complete the tasks set by the city” cell as the rows above (this report’s reading).',
		'For shares (such as the urbanisation rate) the chart gives the rise in percentage points instead of a bar. Value added is the new value an industry creates; the value added of all industries sums to GDP.',
		'Grain capacity: Box 1 sets a 2025 target of {fig:grain-capacity-2025-target}; the plan’s eighth chapter says capacity must be “kept stable”: {fig:grain-capacity-2025-target-rural}. One is a target, the other a floor; the two passages give different numbers.',
		'The district’s 2024 work report (its yearly review and plan) has a further target: “the share of value added of digital economy industries to reach” {fig:digital-economy-industry-share-2024-target}. The plan’s digital economy value added as a share of GDP (a 2025 target of {fig:digital-economy-share-2025-target}) is alike in name but far apart in value; the documents do not say how the two relate.'
	],
	slides: {
		strength: {
			title: 'Population targets do not add up, by this report’s arithmetic',
			lines: [
				'Target: {fig:population-2025-target}; yearly growth target: {fig:population-growth-2025-target}',
				'GDP: no total, only average growth of {fig:gdp-growth-2025-target} a year'
			]
		},
		binding: {
			title: 'Most binding targets give no number: “tasks set by the city”',
			lines: [
				'Binding indicators sit in two groups: ecology and security',
				'Grain capacity: target {fig:grain-capacity-2025-target}; chapter eight: {fig:grain-capacity-2025-target-rural}'
			]
		},
		all: {
			title: 'Some targets need modest growth, others growth by half or more',
			lines: [
				'Modest: resident population, {fig:population-2020-baseline} to {fig:population-2025-target}',
				'By half or more: budget revenue, {fig:budget-revenue-2020-baseline} to {fig:budget-revenue-2025-target}'
			]
		}
	}
};
