import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Progress',
	title: 'How far along are the 2025 targets?',
	intro: [
		'The 14th Five-Year Plan, Changqing’s programme for 2021–2025, ends in 2025. Here each 2025 target for which the sources give a later figure is compared in turn; where the later figure is measured differently, we say that it cannot be compared. For targets set as amounts, the test is whether the average yearly growth actually achieved since 2020 keeps up with the average yearly growth still needed, from the latest figure on, to reach the target on time.'
	],
	steps: {
		revenue: [
			'General public budget revenue, the district government’s main income, was {fig:budget-revenue-2020-baseline} in 2020; the plan wants it to reach {fig:budget-revenue-2025-target} in 2025, which works out at growth of {cagr:budget-revenue-2020-baseline:budget-revenue-2025-target} a year (this report’s arithmetic).',
			'In 2023 revenue was {fig:budget-revenue-2023-actual}, up {fig:budget-revenue-growth-2023-actual} on the year; since 2020 it has grown by an average of {cagr:budget-revenue-2020-baseline:budget-revenue-2023-actual} a year. To reach the target on time, it needs average growth of {needed:budget-revenue-2023-actual:budget-revenue-2025-target} a year in 2024 and 2025 (this report’s arithmetic).'
		],
		income: [
			'Urban residents’ per-capita disposable income rose from {fig:urban-income-2020-baseline} in 2020 to {fig:urban-income-2023-actual} in 2023, an average of {cagr:urban-income-2020-baseline:urban-income-2023-actual} a year; to reach the 2025 target of {fig:urban-income-2025-target}, it needs average growth of {needed:urban-income-2023-actual:urban-income-2025-target} a year from here (this report’s arithmetic).',
			'Rural residents’ income rose from {fig:rural-income-2020-baseline} to {fig:rural-income-2023-actual}, an average of {cagr:rural-income-2020-baseline:rural-income-2023-actual} a year; to reach the target of {fig:rural-income-2025-target}, it still needs growth of {needed:rural-income-2023-actual:rural-income-2025-target} a year (this report’s arithmetic).'
		],
		pace: [
			'At the start of 2024 the district government’s work report, its yearly account to the local people’s congress, set that year’s main “expected targets”: growth of {fig:budget-revenue-growth-2024-target} in general public budget revenue, and of {fig:urban-income-growth-2024-target} and {fig:rural-income-growth-2024-target} in the per-capita disposable income of urban and rural residents.',
			'Starting from the actual figures for 2023, the three would need average growth in 2024 and 2025 of {needed:budget-revenue-2023-actual:budget-revenue-2025-target}, {needed:urban-income-2023-actual:urban-income-2025-target} and {needed:rural-income-2023-actual:rural-income-2025-target} respectively to reach the plan’s 2025 targets (this report’s arithmetic).'
		],
		others: [
			'For three more indicators the plan sets only average yearly growth rates: {fig:gdp-growth-2025-target} for GDP, {fig:industrial-value-added-growth-2025-target} for the value added of industry above designated size (industrial firms above a set turnover) and {fig:fixed-asset-investment-growth-2025-target} for fixed-asset investment. For total retail sales of consumer goods it sets both a 2025 level, {fig:retail-sales-2025-target}, and average growth of {fig:retail-sales-growth-2025-target}, but the sources give no retail total after 2020. The 2024 work report’s targets for that year alone are {fig:gdp-growth-2024-target}, {fig:industrial-value-added-growth-2024-target}, {fig:fixed-asset-investment-growth-2024-target} and {fig:retail-sales-growth-2024-target}.'
		],
		all: [
			'All the targets with later figures, together: the coloured bar is the share of the way the figure has covered, the dashed line the share of the plan period elapsed. Where the figures are measured differently and cannot be compared, the row gives only the numbers and says why.',
			'The latest actual figures for incomes, public finances and the rest come from the district government’s work report of early 2024; the sources this report draws on do not yet have actual figures for 2024 for these indicators. The data desk gives each target’s status and the reason for it.'
		]
	}
};
