import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Vision',
	title: '2035: a “modern central district of mountains and rivers”',
	intro: [
		'The plan’s full title is the Outline of the 14th Five-Year Plan for Economic and Social Development and Long-Range Objectives through 2035, Changqing District, Jinan: beyond its five-year targets, it sets out a vision for 2035, its “long-range objectives”. That part gives no numerical targets, so this chapter tells it in the plan’s own words.'
	],
	steps: {
		plan: [
			'The timeline begins in 2020, as the 13th Five-Year Plan came to an end. In 2021 the plan outline was issued: it laid down targets for 2025 and also set out a vision for 2035.'
		],
		themes: [
			'In 2023 and 2024, Changqing’s work on investment projects carried out two campaigns of the city of Jinan, of which it is a district: the “Year of project breakthroughs” and then the “Year of deepening projects”, which in 2024 it made “the overall driver of its work”. For 2025, Changqing said it would take the “Year of raising project quality” as the overall driver of its work.'
		],
		city: [
			'In 2024 the State Council, China’s cabinet, approved the Jinan Territorial Spatial Master Plan (2021–2035), which “explicitly places Changqing District within Jinan’s main urban area”. The 14th Five-Year Plan had called for the whole district to “merge into the main city” in depth, and for its urban integration area to “integrate fully into Jinan’s main urban area”.'
		],
		vision: [
			'For 2035 the plan says “a prosperous, strong, democratic, culturally advanced, harmonious and beautiful modern central district of mountains and rivers will rise in western Jinan” and “per-capita GDP will reach the level of moderately developed economies”; Changqing is to be a high-standard district strong in five fields: innovation and entrepreneurship, intelligent manufacturing, commercial services, health and elderly care, and culture and tourism.',
			'The vision gives no numbers to check year by year. Whether it comes true will show in the next ten years’ figures; this report will be updated as new public documents appear.'
		]
	}
};
