import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Industry',
	title: 'Priority industries: from three leading and four distinctive to “2+2”',
	intro: [
		'The 14th Five-Year Plan (2021) gave Changqing three leading industries and four distinctive ones, particular to the area. In 2023 Changqing “optimised and settled on” a new “2+2” industry system: new-energy vehicle equipment and parts, and biomedicine, as leading industries; online audiovisual, and culture, tourism and wellness, as distinctive ones.',
		'A newspaper feature on Jinan’s 2025 “two sessions” gives that year’s plans: to strive to register {num:municipal-key-labs-2025-plan} municipal key laboratories, to raise R&D spending by {fig:rd-spending-growth-2025-target}, and to add {fig:new-provincial-innovative-smes-2025-plan} firms at provincial level or higher, of three kinds: innovative small and medium-sized firms, “specialised and innovative” ones (specialised, refined, distinctive, novel) and “gazelles” (fast-growing).'
	],
	steps: {
		before: [
			'First, the plan’s old system and some 2025 size targets. Revenue: {fig:intelligent-manufacturing-revenue-2025-target} for intelligent manufacturing and high-end equipment, {fig:energy-saving-revenue-2025-target} for energy saving, environmental protection and pressure vessels. Gross construction output: {fig:construction-output-2025-target}. Tourism revenue: {fig:tourism-revenue-2025-target}.'
		],
		results: [
			'In 2024, {fig:biomedicine-key-projects-signed-2024-actual} key biomedicine projects were signed. A newspaper feature on the 2025 “two sessions” reported that the Shandong online audiovisual base “at present” housed {fig:audiovisual-base-firms-2024-actual} firms.'
		],
		both: [
			'Leading industries went from three to two, distinctive ones from four to two. This report pairs them by name (the documents do not): new-energy vehicles with intelligent manufacturing; biomedicine, and “culture, tourism and wellness”, with “food and medicine, culture, tourism, health and elderly care”; online audiovisual with cultural and creative industries.'
		]
	},
	notes: [
		'Revenue here is a firm’s revenue from its main business. Only the two revenue targets are drawn as bars, to be compared by length; construction output and tourism revenue measure other things, so the chart gives their numbers alone.',
		'For firms such as “specialised and innovative” ones and “gazelles”, the level and kinds of firm counted change from year to year, so such counts do not form a trend.'
	],
	slides: {
		before: {
			title: 'The plan’s old system came with 2025 size targets',
			lines: [
				'Intelligent manufacturing revenue: {fig:intelligent-manufacturing-revenue-2025-target}',
				'Construction output: {fig:construction-output-2025-target}; tourism revenue: {fig:tourism-revenue-2025-target}'
			]
		},
		results: {
			title: 'Projects signed in biomedicine, firms gathered in audiovisual',
			lines: [
				'Biomedicine: {fig:biomedicine-key-projects-signed-2024-actual} key projects signed in 2024',
				'Shandong online audiovisual base: {fig:audiovisual-base-firms-2024-actual} firms'
			]
		},
		both: {
			title: 'Leading industries: three to two; distinctive: four to two',
			lines: ['Old and new are paired by name: this report’s reading, not the documents’']
		}
	}
};
