import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Countryside',
	title: 'Holding on to grain, building up specialties',
	intro: [
		'In 2020 Changqing’s retained farmland, its stock of cultivated land, stood at {fig:farmland-2020-baseline} (a mu is a fifteenth of a hectare). Retained farmland and grain production capacity are both “binding” indicators in the plan: ones the government must meet.',
		'Beyond grain, Changqing develops specialty farming: in 2023 its tea, local medicinal herbs, millet and specialty fruit were grown on {fig:specialty-crops-area-2023-actual}, worth {fig:specialty-crops-output-2023-actual}.',
		'That year added {fig:high-standard-farmland-new-2023-actual} of high-standard farmland; the plan’s 2025 total to keep: {fig:high-standard-farmland-2025-target}. “Qilu model” villages built by 2023: {fig:qilu-model-villages-2023-actual}.'
	],
	steps: {
		grain: [
			'Capacity is what the land can produce; output, what was actually harvested. Capacity: {fig:grain-capacity-2020-baseline} in 2020, target {fig:grain-capacity-2025-target} for 2025. Output: {fig:grain-output-2023-actual} in 2023; the 2024 target, {fig:grain-output-2024-target}, is already close to that capacity target (this report’s reading).'
		]
	},
	notes: [
		'Production capacity and output are two different indicators, and the documents do not explain how they relate; setting the 2024 output target beside the 2025 capacity target is this report’s reading. In the chart, hatched bars are targets and solid bars actual figures.',
		'The 2025 capacity target is in Box 1, the plan’s table of main indicators, a binding target; the same plan’s chapter eight says capacity is to be “kept stable”, {fig:grain-capacity-2025-target-rural}: a floor it is not to fall below. The numbers differ.',
		'High-standard farmland means fields upgraded to give stable yields in drought or flood. The 2023 figure is one year’s new area, the 2025 figure the total the district is to keep. “Qilu model” villages of rural revitalisation are showcase villages of Shandong (Qilu is its old name) in China’s drive to revitalise the countryside.'
	],
	slides: {
		grain: {
			title: 'Capacity is what land can produce; output, what was harvested',
			lines: [
				'Capacity: {fig:grain-capacity-2020-baseline} in 2020, target {fig:grain-capacity-2025-target} for 2025',
				'Output: {fig:grain-output-2023-actual} in 2023, {fig:grain-output-2024-target} targeted for 2024'
			]
		}
	}
};
