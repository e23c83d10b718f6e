import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Livelihoods',
	title: 'Residents’ incomes: how much they have grown, and how far they are from the targets',
	intro: [
		'The 14th Five-Year Plan set 2025 targets for the per-capita disposable income of both urban and rural residents; the district’s government work report of January 2024 gave the actual figures for 2023.'
	],
	steps: {
		urban: [
			'The per-capita disposable income of urban residents was {fig:urban-income-2020-baseline} in 2020 and reached {fig:urban-income-2023-actual} in 2023, an average growth of {cagr:urban-income-2020-baseline:urban-income-2023-actual} a year (this report’s arithmetic).',
			'To reach {fig:urban-income-2025-target} in 2025, it needs to grow by an average of {needed:urban-income-2023-actual:urban-income-2025-target} a year in 2024 and 2025 (the dotted line), a steeper climb than the dashed line, which this report draws straight from the 2020 baseline to the 2025 target (both this report’s). Per person, that is {gap:urban-income-2023-actual:urban-income-2025-target} still to go (this report’s arithmetic).'
		],
		rural: [
			'The per-capita disposable income of rural residents has grown faster on average: from {fig:rural-income-2020-baseline} to {fig:rural-income-2023-actual}, or {cagr:rural-income-2020-baseline:rural-income-2023-actual} a year. To reach the target of {fig:rural-income-2025-target}, it still needs average growth of {needed:rural-income-2023-actual:rural-income-2025-target} a year, {gap:rural-income-2023-actual:rural-income-2025-target} more per person (both this report’s arithmetic).'
		],
		gap: [
			'How many times as much as rural residents do urban residents earn? In 2020 it was {ratio:urban-income-2020-baseline:rural-income-2020-baseline} times; by 2023 the gap had narrowed to {ratio:urban-income-2023-actual:rural-income-2023-actual} times. If both targets are met, it will be about {ratio:urban-income-2025-target:rural-income-2025-target} times in 2025, much the same as in 2023 (all this report’s arithmetic).'
		],
		services: [
			'Beyond incomes: in 2023, new urban employment came to {fig:new-urban-jobs-2023-actual}, the enrolment rate for residents’ medical insurance was {fig:medical-insurance-coverage-2023-actual}, and {fig:community-elderly-facility-compliance-2023-actual} of community elderly-care facilities were built to standard.',
			'The plans for 2024 include building, continuing or expanding primary and secondary schools and kindergartens, {fig:school-construction-2024-plan} in all, and adapting the homes of {fig:elderly-home-adaptation-2024-plan} elderly households to old age.'
		]
	}
};
