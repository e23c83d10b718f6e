import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Industry',
	title: 'Priority industries: from three leading and four featured to “2+2”',
	intro: [
		'The 14th Five-Year Plan (2021) gave Changqing three leading industries and four featured ones, distinctive to the area. In 2023 Changqing “optimised and settled on” a new “2+2” industry system: new-energy vehicle equipment and parts, and biomedicine, as leading industries; online audiovisual, and culture, tourism and wellness, as featured ones.'
	],
	steps: {
		before: [
			'The chart starts with the plan’s system. The plan gives some of its industries size targets for 2025: revenue of {fig:intelligent-manufacturing-revenue-2025-target} for intelligent manufacturing and high-end equipment; {fig:energy-saving-revenue-2025-target} for energy saving, environmental protection and pressure vessels; gross construction output of {fig:construction-output-2025-target}; tourism revenue of {fig:tourism-revenue-2025-target}.'
		],
		results: [
			'In 2024, {fig:biomedicine-key-projects-signed-2024-actual} key biomedicine projects were signed and brought in; the Shandong online audiovisual industry base already hosted {fig:audiovisual-base-firms-2024-actual} related firms.',
			'For 2025 the district is to strive to register {num:municipal-key-labs-2025-plan} municipal key laboratories, raise R&D spending by {fig:rd-spending-growth-2025-target}, and add {fig:new-provincial-innovative-smes-2025-plan} innovative, “specialised and innovative” or “gazelle” firms at provincial level or above.'
		],
		both: [
			'Side by side: leading industries go from three to two, featured ones from four to two.',
			'The chart’s lines pair them by name (this report’s pairing, not the documents’): new-energy vehicle equipment with the earlier intelligent manufacturing; biomedicine, and culture, tourism and wellness, with “food and medicine, culture, tourism, health and elderly care”; online audiovisual with cultural and creative industries.'
		]
	},
	notes: [
		'Revenue here is a firm’s revenue from its main business. Only the two revenue targets are drawn as bars, to be compared by length; construction output and tourism revenue measure other things, so the chart gives their numbers alone.',
		'“Specialised and innovative” firms are small and medium-sized firms that are specialised, refined, distinctive and novel; “gazelles” are fast-growing firms. The level and kinds of firm counted change from year to year, so such counts do not form a trend. The Data page gives each figure’s source.'
	]
};
