import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Progress',
	title: 'How far along are the 2025 targets?',
	intro: [
		'The 14th Five-Year Plan ends in 2025: which targets are keeping up? This chapter compares two speeds: the yearly growth achieved since 2020, and the yearly growth still needed to meet the target on time. Every target with a later figure in the sources is in the chart.',
		'The latest actuals are 2023’s, from the work report of early 2024; these documents have no 2024 actuals for these indicators. So this is progress to 2023.'
	],
	steps: {
		revenue: [
			'General public budget revenue: {fig:budget-revenue-2023-actual} in 2023; {cagr:budget-revenue-2020-baseline:budget-revenue-2023-actual} a year since 2020; reaching {fig:budget-revenue-2025-target} in 2025 needs {needed:budget-revenue-2023-actual:budget-revenue-2025-target} a year (both this report’s arithmetic).',
			'In 2023 alone revenue grew {fig:budget-revenue-growth-2023-actual}. For that and the slow yearly average both to hold, 2022’s revenue must have been below 2020’s (this report’s inference). 2024’s expected target: {fig:budget-revenue-growth-2024-target} growth.'
		],
		income: [
			'The incomes were worked through in “Livelihoods”: both have grown more slowly since 2020 than their 2025 targets need (this report’s arithmetic). Each coloured bar is the way covered from the 2020 baseline to the 2025 target; the dashed line, the share of the plan period gone by.',
			'The 2024 expected targets: growth of {fig:urban-income-growth-2024-target} and {fig:rural-income-growth-2024-target}.'
		],
		rates: [
			'For GDP and the value added of industry above designated size, the plan set only average yearly growth over five years: {fig:gdp-growth-2025-target} and {fig:industrial-value-added-growth-2025-target}. Since then the sources give only 2023’s estimated GDP, {fig:gdp-2023-actual}, and that year’s industrial growth, {fig:industrial-value-added-growth-2023-actual}: neither can be set against a five-year average, so the chart gives the numbers alone.'
		],
		others: [
			'For the rest, the later figure measures something else. New urban jobs: the target is {fig:new-urban-jobs-cumulative-2025-target} over five years; the sources give only 2023’s {fig:new-urban-jobs-2023-actual}. Grain: the target is capacity, the later figure output. Elderly-care facilities: the plan counts those meeting the standard for provision, the 2024 work report those built to standard. So the chart gives the numbers, and no verdict on pace.'
		]
	},
	notes: [
		'Yearly growth is compound: growth achieved runs from the 2020 baseline to the 2023 actual, growth needed from the 2023 actual to the 2025 target (this report’s arithmetic). An “expected target” is the goal the work report sets at the start of a year for that year.',
		'For GDP, the value added of industry above designated size (industrial firms above a set turnover) and fixed-asset investment, the plan sets only average yearly growth: {fig:gdp-growth-2025-target}, {fig:industrial-value-added-growth-2025-target} and {fig:fixed-asset-investment-growth-2025-target}. For total retail sales of consumer goods it sets a 2025 level, {fig:retail-sales-2025-target}, and average growth of {fig:retail-sales-growth-2025-target}, but the sources give no retail total after 2020. The 2024 work report’s targets for that year alone are {fig:gdp-growth-2024-target}, {fig:industrial-value-added-growth-2024-target}, {fig:fixed-asset-investment-growth-2024-target} and {fig:retail-sales-growth-2024-target}.',
		'In 2023 alone revenue grew {fig:budget-revenue-growth-2023-actual}, yet since 2020 only {cagr:budget-revenue-2020-baseline:budget-revenue-2023-actual} a year. For both to hold, 2022’s revenue must have been below 2020’s, and 2023 rose from that lower base (this report’s inference from the two figures, taking both as measured alike; the sources give no figures for 2021 or 2022).'
	],
	slides: {
		revenue: {
			title: 'Budget revenue grew more slowly than the 2025 target needs',
			lines: [
				'2020–2023: {cagr:budget-revenue-2020-baseline:budget-revenue-2023-actual} a year (this report’s arithmetic)',
				'Needed for 2025: {needed:budget-revenue-2023-actual:budget-revenue-2025-target} a year (this report’s arithmetic)'
			]
		},
		income: {
			title: 'Incomes, too, grew more slowly than needed',
			lines: [
				'Urban {cagr:urban-income-2020-baseline:urban-income-2023-actual}, needed {needed:urban-income-2023-actual:urban-income-2025-target} (this report’s arithmetic)',
				'Rural {cagr:rural-income-2020-baseline:rural-income-2023-actual}, needed {needed:rural-income-2023-actual:rural-income-2025-target} (this report’s arithmetic)'
			]
		},
		rates: {
			title: 'Two growth-rate targets: one year’s figures only',
			lines: [
				'The plan set average yearly growth over five years',
				'Since then: an estimated 2023 total and 2023’s growth alone'
			]
		},
		others: {
			title: 'The other targets: later figures measure something else',
			lines: ['Five-year totals, against one year’s figure', 'Grain capacity, against grain output']
		}
	}
};
