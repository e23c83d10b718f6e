import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Livelihoods',
	title: 'Residents’ incomes: how much they have grown, and how far they are from the targets',
	intro: [
		'The 14th Five-Year Plan set 2025 targets for the per-capita disposable income of both urban and rural residents; the district’s government work report of January 2024 gave the actual figures for 2023.',
		'The same report gives, for 2023: new urban jobs, {fig:new-urban-jobs-2023-actual}; residents’ medical insurance enrolment, {fig:medical-insurance-coverage-2023-actual}; community elderly-care facilities built to standard, {fig:community-elderly-facility-compliance-2023-actual}. For 2024 it plans to build, continue or expand {fig:school-construction-2024-plan} (primary and secondary schools and kindergartens), and to make the homes of {fig:elderly-home-adaptation-2024-plan} elderly households age-friendly. What follows is about incomes.'
	],
	steps: {
		urban: [
			'Urban residents’ per-capita disposable income rose from {fig:urban-income-2020-baseline} in 2020 to {fig:urban-income-2023-actual} in 2023: {cagr:urban-income-2020-baseline:urban-income-2023-actual} a year. The 2025 target, {fig:urban-income-2025-target}, is {gap:urban-income-2023-actual:urban-income-2025-target} per person away and needs {needed:urban-income-2023-actual:urban-income-2025-target} a year over 2024–2025 (the dotted line; all this report’s arithmetic).'
		],
		rural: [
			'Rural incomes grew faster: {fig:rural-income-2020-baseline} to {fig:rural-income-2023-actual}, {cagr:rural-income-2020-baseline:rural-income-2023-actual} a year; the {fig:rural-income-2025-target} target is {gap:rural-income-2023-actual:rural-income-2025-target} per person away, needing {needed:rural-income-2023-actual:rural-income-2025-target} a year. The urban–rural ratio narrowed, {ratio:urban-income-2020-baseline:rural-income-2020-baseline} to {ratio:urban-income-2023-actual:rural-income-2023-actual}; at the two 2025 targets it would still be about {ratio:urban-income-2025-target:rural-income-2025-target}, narrowing little further (all this report’s arithmetic).'
		]
	},
	notes: [
		'Yearly growth is compound: growth achieved runs from 2020 to 2023, growth still needed from 2023 to the 2025 target; the amount “short per person” is the 2025 target minus the 2023 actual (all this report’s arithmetic). The plan gives only the two ends, the 2020 baseline and the 2025 target, not the years between; the dashed line on the web page’s chart, straight from one to the other, is this report’s.',
		'The urban–rural ratio is urban per-capita disposable income divided by rural, how many times the one is the other; the 2025 ratio is worked out from the two targets and is not a forecast (this report’s arithmetic).',
		'The 2023 figures come from the January 2024 work report; these documents have no actual figures for 2024 yet. The work report speaks of elderly-care facilities “built to standard”, the plan of facilities “meeting the standard for provision”; neither document says whether these are one measure, so this report does not hold the one against the other.'
	],
	slides: {
		urban: {
			title: 'Urban incomes grew more slowly than the 2025 target needs',
			lines: [
				'2020–2023: {cagr:urban-income-2020-baseline:urban-income-2023-actual} a year (this report’s arithmetic)',
				'Needed for 2025: {needed:urban-income-2023-actual:urban-income-2025-target} a year (this report’s arithmetic)'
			]
		},
		rural: {
			title: 'Rural incomes grew faster; the urban–rural ratio narrowed',
			lines: [
				'Rural: {cagr:rural-income-2020-baseline:rural-income-2023-actual} a year since 2020 (this report’s arithmetic)',
				'Ratio: {ratio:urban-income-2020-baseline:rural-income-2020-baseline} to {ratio:urban-income-2023-actual:rural-income-2023-actual} (this report’s arithmetic)'
			]
		}
	}
};
