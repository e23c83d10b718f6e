import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Progress',
	title: 'How far along are the 2025 targets?',
	intro: [
		'The 14th Five-Year Plan, Changqing’s programme for 2021–2025, ends in 2025. For each target with a later figure, the question is whether the yearly growth achieved since 2020 keeps up with the yearly growth still needed to reach it on time.',
		'The latest actual figures are for 2023, from the district government’s work report of early 2024; the sources this report draws on have no 2024 actuals for these indicators. So what follows is progress up to 2023.'
	],
	steps: {
		revenue: [
			'General public budget revenue was {fig:budget-revenue-2023-actual} in 2023, up {fig:budget-revenue-growth-2023-actual} on the year. Since 2020 it has grown {cagr:budget-revenue-2020-baseline:budget-revenue-2023-actual} a year; to reach {fig:budget-revenue-2025-target} in 2025 it needs {needed:budget-revenue-2023-actual:budget-revenue-2025-target} a year (both this report’s arithmetic).',
			'The district’s expected target for 2024 is growth of {fig:budget-revenue-growth-2024-target}: a target, not an actual.'
		],
		income: [
			'Per-capita disposable income reached {fig:urban-income-2023-actual} for urban residents and {fig:rural-income-2023-actual} for rural residents in 2023. Since 2020 they have grown {cagr:urban-income-2020-baseline:urban-income-2023-actual} and {cagr:rural-income-2020-baseline:rural-income-2023-actual} a year; to reach the 2025 targets they need {needed:urban-income-2023-actual:urban-income-2025-target} and {needed:rural-income-2023-actual:rural-income-2025-target} a year (all this report’s arithmetic).',
			'The district’s expected targets for 2024 are growth of {fig:urban-income-growth-2024-target} and {fig:rural-income-growth-2024-target}.'
		],
		all: [
			'The coloured bar is the way covered from the 2020 baseline to the 2025 target; the dashed line, the share of the plan period gone by. In the other rows the later figure measures something other than the target does, so they give the numbers and why, with no verdict.'
		]
	},
	notes: [
		'Yearly growth is compound: growth achieved runs from the 2020 baseline to the 2023 actual, growth needed from the 2023 actual to the 2025 target (this report’s arithmetic). An “expected target” is the goal the work report sets at the start of a year for that year.',
		'For GDP, the value added of industry above designated size (industrial firms above a set turnover) and fixed-asset investment, the plan sets only average yearly growth: {fig:gdp-growth-2025-target}, {fig:industrial-value-added-growth-2025-target} and {fig:fixed-asset-investment-growth-2025-target}. For total retail sales of consumer goods it sets a 2025 level, {fig:retail-sales-2025-target}, and average growth of {fig:retail-sales-growth-2025-target}, but the sources give no retail total after 2020. The 2024 work report’s targets for that year alone are {fig:gdp-growth-2024-target}, {fig:industrial-value-added-growth-2024-target}, {fig:fixed-asset-investment-growth-2024-target} and {fig:retail-sales-growth-2024-target}.',
		'The Data page gives each figure’s source and the reason for each target’s status.'
	]
};
