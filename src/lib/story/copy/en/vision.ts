import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Vision',
	title: '2035: a “modern central district of mountains and rivers”',
	intro: [
		'Beyond its five-year targets, the plan sets out a vision for 2035: “per-capita GDP will reach the level of moderately developed economies”, and Changqing is to be strong in five fields: innovation and entrepreneurship, intelligent manufacturing, commercial services, health and elderly care, and culture and tourism. The vision sets no numerical targets, so this chapter quotes the plan.'
	],
	steps: {
		city: [
			'In 2024 the State Council, China’s cabinet, approved the Jinan Territorial Spatial Master Plan (2021–2035), which “explicitly places Changqing District within Jinan’s main urban area”. The 14th Five-Year Plan, issued in 2021, had called for the whole district to “merge into the main city” in depth.'
		],
		vision: [
			'The plan’s 2035 vision: a “modern central district of mountains and rivers will rise in western Jinan”.',
			'Revenue and both incomes grew too slowly through 2023 (this report’s arithmetic). The 2025 actuals are not in the sources yet; this report expects a later work report to give them.'
		]
	},
	notes: [
		'For 2025, the plan’s final year, Changqing will take the “Year of raising project quality” as its overall driver.',
		'The plan’s full title is the Outline of the 14th Five-Year Plan for Economic and Social Development and Long-Range Objectives through 2035, Changqing District, Jinan. In full, its 2035 sentence reads: “a prosperous, strong, democratic, culturally advanced, harmonious and beautiful modern central district of mountains and rivers will rise in western Jinan”.',
		'The chart’s “Year of project breakthroughs” (2023) and “Year of deepening projects” (2024) were the city of Jinan’s campaigns, carried out by Changqing; the sources do not say whether 2025’s “Year of raising project quality” is the city’s too.',
		'This report’s expectation has a basis: the district government’s work report of early 2024 gave 2023’s budget revenue and urban and rural incomes.',
		'The 14th Five-Year Plan also called for the district’s urban integration area to “integrate fully into Jinan’s main urban area”. The chart lists each sentence of the vision in the plan’s words.'
	],
	slides: {
		city: {
			title: '2024: Changqing placed within Jinan’s main urban area',
			lines: [
				'The State Council approved the Jinan Territorial Spatial Master Plan',
				'The five-year plan had asked it to “merge into the main city”'
			]
		},
		vision: {
			title: 'For 2035, a “central district” rising in western Jinan',
			lines: [
				'The plan: a “modern central district of mountains and rivers”',
				'Revenue and incomes: too slow through 2023 (this report’s arithmetic)'
			]
		}
	}
};
