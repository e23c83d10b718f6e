import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Projects',
	title: 'Each year’s list of key projects',
	intro: [
		'Each of these years has had a theme for project work. The “Year of project breakthroughs” of 2023 and the “Year of deepening projects” of 2024 were Jinan’s themes, set for the whole city: a Jinan Daily report says “Jinan is breaking the deadlock and clearing the way with its ‘Year of project breakthroughs’”, and Changqing’s government work report (the district government’s annual report to the district people’s congress, the local legislature) pledges to “fully carry out the arrangements of the city Party committee and city government for the ‘Year of deepening projects’” and to take the “Year of deepening projects” as “the overall driver of its work”. For 2025, Changqing is to take the “Year of raising project quality” as its “overall driver”; the sources do not say whether that is the city’s theme too.'
	],
	steps: {
		count: [
			'Each year there is a list of key projects. In 2023 construction began on all {fig:key-projects-2023-actual} key projects; in 2024 it began on all {fig:key-projects-2024-actual}, and {fig:key-projects-completed-2024-actual} projects went into production (key projects or not, the feature does not say). For 2025 the district has designated {fig:key-projects-2025-plan} key projects.',
			'There is also a reserve list: the district’s government work report of January 2024 said that {fig:key-projects-2024-plan} key projects were “already in reserve”. The documents do not relate it to the year’s list; this report reads them as two lists, not to be subtracted. In the chart, solid bars are actual figures for the year’s list, hatched bars planned ones, and the dashed outline the reserve.'
		],
		investment: [
			'Investment: in 2023, {fig:key-project-investment-2023-actual} of investment was completed on the key projects, {fig:key-project-investment-completion-2023-actual} of the amount planned; in 2024, the {fig:provincial-key-projects-2024-actual} provincial key projects (those on Shandong province’s list) completed {fig:provincial-key-project-completion-2024-actual} of their planned investment. The requirement for 2025 is {fig:key-project-investment-2025-target} of investment completed in the year. That is a floor, below what was completed in 2023; the {fig:key-projects-2023-actual} key projects of 2023 and the {fig:key-projects-2025-plan} of 2025 are not one list, and the feature does not say why the floor is set there.'
		],
		signed: [
			'Attracting investment: in 2023, {fig:signed-projects-2023-actual} projects were “signed and landed”, with investment of {fig:signed-project-value-2023-actual}; in 2024, {fig:signed-projects-2024-actual} projects were “signed and registered”, with total investment of {fig:signed-project-value-2024-actual}.',
			'The two years use different words, “signed and landed” in one and “signed and registered” in the other, so the figures should not be compared directly. In 2025 the district is to push {fig:projects-in-talks-to-sign-2025-plan} key projects now under negotiation to be signed and landed.'
		],
		themes: [
			'The plan for 2025: to draw up (“conceive”) {fig:projects-conceived-2025-plan} projects worth {fig:projects-conceived-investment-2025-plan}, and {fig:industry-projects-conceived-2025-plan} new industrial ones (whether among the former, the feature does not say); and to ensure {fig:key-projects-new-starts-2025-plan} new starts and {fig:key-projects-continued-2025-plan} continuing projects.',
			'Both are floors, so together they make {sum:key-projects-new-starts-2025-plan:key-projects-continued-2025-plan} (this report’s arithmetic): that may or may not reach the year’s {fig:key-projects-2025-plan} key projects. The feature does not say whether both count key projects only, nor what the rest are.',
			'The end of the Sources page follows each project the plan’s boxes name: most are not mentioned again.'
		]
	}
};
