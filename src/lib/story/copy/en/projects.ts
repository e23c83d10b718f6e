import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Projects',
	title: 'Each year’s list of key projects',
	intro: [
		'Each year Changqing has a list of key projects, and each year’s project work has a theme: the “Year of project breakthroughs” of 2023 and the “Year of deepening projects” of 2024 were set by Jinan for the whole city; for 2025, Changqing takes the “Year of raising project quality” as its “overall driver”.'
	],
	steps: {
		investment: [
			'Investment: in 2023 key projects completed {fig:key-project-investment-2023-actual}, {fig:key-project-investment-completion-2023-actual} of plan. The sources give no 2024 figure (“No data”); the {fig:provincial-key-projects-2024-actual} provincial key projects completed {fig:provincial-key-project-completion-2024-actual} of plan.',
			'The 2025 target, {fig:key-project-investment-2025-target}, is a floor, and lower than 2023’s actual; but the two years’ project lists differ, so the sums do not compare directly.'
		],
		signed: [
			'Projects signed, in two terms not directly comparable: 2023, {fig:signed-projects-2023-actual} “signed and landed”, worth {fig:signed-project-value-2023-actual}; 2024, {fig:signed-projects-2024-actual} “signed and registered”, worth {fig:signed-project-value-2024-actual}.',
			'2025: no count in the sources (“No data”), only plans: sign {fig:projects-in-talks-to-sign-2025-plan} key projects under negotiation; draw up {fig:projects-conceived-2025-plan} projects worth {fig:projects-conceived-investment-2025-plan}.'
		],
		count: [
			'Construction began on all {fig:key-projects-2023-actual} key projects in 2023 and all {fig:key-projects-2024-actual} in 2024. For 2025, {fig:key-projects-2025-plan} are designated.',
			'Dashed outline: early 2024’s reserve of {fig:key-projects-2024-plan} key projects, not the year’s list.'
		]
	},
	notes: [
		'The themes: a Jinan Daily report says “Jinan is breaking the deadlock and clearing the way with its ‘Year of project breakthroughs’”; Changqing’s government work report (the district government’s annual report to the district people’s congress) pledges to “fully carry out the arrangements of the city Party committee and city government for the ‘Year of deepening projects’”. The sources do not say whether the 2025 theme is the city’s too.',
		'The documents do not relate the reserve to the year’s list; this report reads them as two lists, not to be subtracted. In 2024, {fig:key-projects-completed-2024-actual} projects also went into production; whether all were key projects, the feature does not say.',
		'The 2025 investment requirement is “or more”, a floor; the feature does not say why it is set there. The {fig:key-projects-new-starts-2025-plan} new starts and {fig:key-projects-continued-2025-plan} continuing projects are floors too, summing to {sum:key-projects-new-starts-2025-plan:key-projects-continued-2025-plan} (this report’s arithmetic): together they may or may not reach the year’s number of key projects, and the feature does not say whether both count key projects only. Whether the {fig:industry-projects-conceived-2025-plan} new industrial projects to be drawn up are among the projects above, it does not say either.',
		'“Signed and landed” (2023) and “signed and registered” (2024) are the words of two documents, which do not say whether they count the same way. Most of the major projects the plan’s boxes name are not mentioned again in this report’s sources.'
	],
	slides: {
		investment: {
			title: 'Key projects completed more investment than planned in 2023',
			lines: [
				'2023: {fig:key-project-investment-2023-actual}, {fig:key-project-investment-completion-2023-actual} of plan',
				'2025 requires {fig:key-project-investment-2025-target}: a floor, not a forecast; another list'
			]
		},
		signed: {
			title: 'Projects signed: two years, two terms, not directly comparable',
			lines: [
				'2023, “signed and landed”: {fig:signed-projects-2023-actual} projects, {fig:signed-project-value-2023-actual}',
				'2024, “signed and registered”: {fig:signed-projects-2024-actual} projects, {fig:signed-project-value-2024-actual}'
			]
		},
		count: {
			title: 'Every key project started in 2023 and in 2024',
			lines: [
				'Started: all {fig:key-projects-2023-actual} in 2023, all {fig:key-projects-2024-actual} in 2024',
				'{fig:key-projects-2025-plan} for 2025; dashed outline: a reserve, not the year’s list'
			]
		}
	}
};
