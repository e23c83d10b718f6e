import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Vision',
	title: '2035: a “modern central district of mountains and rivers”',
	intro: [
		'The plan’s full title is the Outline of the 14th Five-Year Plan for Economic and Social Development and Long-Range Objectives through 2035, Changqing District, Jinan: beyond its five-year targets, it sets out a vision for 2035, in which “per-capita GDP will reach the level of moderately developed economies” and Changqing is to be strong in five fields: innovation and entrepreneurship, intelligent manufacturing, commercial services, health and elderly care, and culture and tourism. As this report reads it, that part sets no numerical targets, so this chapter tells it in the plan’s own words.'
	],
	steps: {
		plan: [
			'The timeline begins in 2020, as the 13th Five-Year Plan came to an end. In 2021 the plan outline was issued, with targets for 2025 and a vision for 2035. For 2025, the plan’s final year, Changqing is to take the “Year of raising project quality” as its overall driver.'
		],
		city: [
			'In 2024 the State Council, China’s cabinet, approved the Jinan Territorial Spatial Master Plan (2021–2035), which “explicitly places Changqing District within Jinan’s main urban area”. The 14th Five-Year Plan had called for the whole district to “merge into the main city” in depth.'
		],
		vision: [
			'By 2035, says the plan, “a prosperous, strong, democratic, culturally advanced, harmonious and beautiful modern central district of mountains and rivers will rise in western Jinan”.',
			'By this report’s arithmetic, revenue and both incomes all grew slower than needed up to 2023. Watch the 2025 actuals, not yet in the sources; this report expects them in a later work report.'
		]
	},
	notes: [
		'The chart’s “Year of project breakthroughs” (2023) and “Year of deepening projects” (2024) were the city of Jinan’s campaigns, carried out by Changqing; the sources do not say whether 2025’s “Year of raising project quality” is the city’s too.',
		'This report’s expectation has a basis: the district government’s work report of early 2024 gave 2023’s budget revenue and urban and rural incomes.',
		'The 14th Five-Year Plan also called for the district’s urban integration area to “integrate fully into Jinan’s main urban area”. The chart lists each sentence of the vision in the plan’s words; the Data page gives their sources.'
	]
};
