import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Blueprint',
	title: 'The 2025 targets: the plan’s “main indicators”',
	intro: [
		'The outline of the 14th Five-Year Plan (2021–2025) lists its main goals for the five years in one table, Box 1. The indicators fall into six groups — overall strength, quality of development, opening up, ecological quality, well-being and security — and each is marked “binding” or “expected”. As the terms are generally understood, a binding indicator is one the government must meet; an expected one sets the direction it hopes to go in.'
	],
	steps: {
		overview: [
			'First, the whole table: each row is one indicator, and on the right is its 2025 target; for a growth rate, the target is the average yearly rate over 2021–2025.'
		],
		strength: [
			'Overall strength: the plan has the resident population growing from {fig:population-2020-baseline} to {fig:population-2025-target}, general public budget revenue from {fig:budget-revenue-2020-baseline} to {fig:budget-revenue-2025-target}, and total retail sales of consumer goods from {fig:retail-sales-2020-baseline} to {fig:retail-sales-2025-target}.',
			'For GDP the plan sets no total, only an average yearly growth rate of {fig:gdp-growth-2025-target}; “industrial growth” is that of industry above designated size (industrial firms above a set turnover). The longer a bar, the more growth the five years require; for shares (such as the urbanisation rate) the chart gives the rise in percentage points instead of a bar.'
		],
		quality: [
			'Quality of development: the digital economy’s value added (the new value it creates; the value added of all industries sums to GDP) was {fig:digital-economy-share-2020-baseline} of GDP in 2020 and the plan wants it at {fig:digital-economy-share-2025-target} in 2025; spending on research and development (R&D) is to rise from {fig:rd-intensity-2020-baseline} of GDP to {fig:rd-intensity-2025-target}.',
			'The district’s 2024 work report (its yearly review and plan) has a further target: “the share of value added of digital economy industries to reach” {fig:digital-economy-industry-share-2024-target}. The names are alike, the numbers far apart; the documents do not say how the two relate, and the data desk shows both.'
		],
		wellbeing: [
			'Well-being: the target for the per-capita disposable income of urban residents is {fig:urban-income-2025-target}, and for rural residents {fig:rural-income-2025-target}; the target for licensed (assistant) doctors per thousand people is a rise from {fig:doctors-per-1000-2020-baseline} to {fig:doctors-per-1000-2025-target}.',
			'New urban jobs are counted as a five-year total. The target is {fig:new-urban-jobs-cumulative-2025-target} newly employed in towns and cities, fewer than the {fig:new-urban-jobs-cumulative-2020-baseline} who found such jobs over the five years of the 13th plan (2016–2020).'
		],
		binding: [
			'The binding indicators fall in two groups, ecology and security. For the cuts in energy, water and carbon dioxide per unit of GDP, the share of good-air days and the retained farmland, the table says “complete the tasks set by the city” (Jinan); grain capacity is to rise from {fig:grain-capacity-2020-baseline} to {fig:grain-capacity-2025-target}.',
			'The plan’s eighth chapter, though, says capacity must be “kept stable”: {fig:grain-capacity-2025-target-rural}. One is a target, the other a floor; the two passages give different numbers, and the data desk shows both.'
		],
		all: [
			'All the indicators together: some need only modest growth over the five years, others must grow by more than half. The table’s own numbers do not always agree. Take the resident population: at the table’s average yearly growth of {fig:population-growth-2025-target}, it would not reach {fig:population-2025-target} after five years (this report’s arithmetic; see the data desk). How far these targets have got is the subject of the “Progress” chapter, later on.'
		]
	}
};
