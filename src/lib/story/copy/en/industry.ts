import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Industry',
	title: 'Priority industries: from three leading and four featured to “2+2”',
	intro: [
		'The 14th Five-Year Plan (2021) gave Changqing three leading industries and four featured ones, distinctive to the area. In 2023 Changqing “optimised and settled on” a “2+2” industry system: two leading industries and two featured ones.'
	],
	steps: {
		before: [
			'In the plan, the leading industries are intelligent manufacturing and high-end equipment; energy saving, environmental protection and pressure vessels; and smart construction and the building industry. The featured industries are food and medicine, culture, tourism, health and elderly care; new-generation information technology; cultural and creative industries; and modern services.'
		],
		revenue: [
			'The plan gives some of them size targets for 2025: revenue of {fig:intelligent-manufacturing-revenue-2025-target} for intelligent manufacturing and high-end equipment; revenue of {fig:energy-saving-revenue-2025-target} for energy saving, environmental protection and pressure vessels; gross construction output of {fig:construction-output-2025-target}; and tourism revenue of {fig:tourism-revenue-2025-target}.',
			'Only the two revenue targets are drawn as bars, to be compared by length; construction output and tourism revenue measure other things, so the chart gives their numbers alone.'
		],
		pivot: [
			'In the “2+2” system of 2023, the leading industries are new-energy vehicle equipment and parts, and biomedicine; the featured industries are online audiovisual, and culture, tourism and wellness.',
			'The lines in the chart pair the industries by name: the pairing is this report’s, and the documents do not say so. New-energy vehicle equipment is matched with the earlier “intelligent manufacturing and high-end equipment”; biomedicine, and culture, tourism and wellness, with “food and medicine, culture, tourism, health and elderly care”; online audiovisual with “cultural and creative industries”.'
		],
		results: [
			'In 2024, {fig:biomedicine-key-projects-signed-2024-actual} key biomedicine projects were signed and brought in over the year; the Shandong online audiovisual industry base already hosted {fig:audiovisual-base-firms-2024-actual} firms in the field.',
			'What is arranged for 2025: to strive to have {num:municipal-key-labs-2025-plan} municipal key laboratories registered during the year and R&D spending grow by {fig:rd-spending-growth-2025-target}, and to add {fig:new-provincial-innovative-smes-2025-plan} firms recognised at provincial level or above as innovative small and medium-sized enterprises, “specialised and innovative” firms or fast-growing “gazelles”. The level and kinds of firm counted change from year to year, so the counts do not form a trend; see the data desk.'
		],
		both: [
			'The two systems side by side: the leading industries go from three to two, the featured ones from four to two. New-energy vehicle equipment and parts is a new leading industry; biomedicine is split out of the old “food and medicine, culture, tourism, health and elderly care” to become a leading industry (this report’s pairing, not the documents’).'
		]
	}
};
