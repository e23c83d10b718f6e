import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Countryside',
	title: 'Holding on to grain, building up specialties',
	intro: [
		'In 2020 Changqing’s retained farmland, its stock of cultivated land, stood at {fig:farmland-2020-baseline} (a mu, the Chinese unit of land area, is one-fifteenth of a hectare). Retained farmland and grain production capacity are both among the plan’s “binding” indicators, the kind the government must meet.'
	],
	steps: {
		grain: [
			'Capacity is how much grain the land can produce; output is what was actually harvested. Capacity was {fig:grain-capacity-2020-baseline} in 2020, with a 2025 target of {fig:grain-capacity-2025-target}. Output was {fig:grain-output-2023-actual} in 2023; its 2024 target of {fig:grain-output-2024-target} is already about level with the 2025 capacity target (this report’s reading).'
		],
		conflict: [
			'That 2025 capacity target stands in Box 1, the plan’s table of main indicators; the text of the plan’s chapter eight says capacity will be “kept stable”, giving {fig:grain-capacity-2025-target-rural}. The first is a target to reach, the second a floor not to fall below, and the two numbers differ.'
		],
		specialty: [
			'Beyond grain, specialty farming: in 2023 Changqing tea, local medicinal herbs, millet and specialty fruit covered {fig:specialty-crops-area-2023-actual}, with an output value of {fig:specialty-crops-output-2023-actual}.',
			'The same year {fig:high-standard-farmland-new-2023-actual} of high-standard farmland was added; the plan wants a total of {fig:high-standard-farmland-2025-target} kept in 2025. By 2023, {fig:qilu-model-villages-2023-actual} “Qilu model” villages had been built.'
		]
	},
	notes: [
		'Production capacity and output are two different indicators, and the documents do not explain how they relate; setting the 2024 output target beside the 2025 capacity target is this report’s reading. In the chart, hatched bars are targets and solid bars actual figures.',
		'Both capacity figures are on the Data page: Box 1’s is a binding target; chapter eight’s is a floor: capacity is not to fall below it.',
		'High-standard farmland means fields upgraded to give stable yields in drought or flood. The 2023 figure is one year’s new area, the 2025 figure the total the district is to keep. “Qilu model” villages of rural revitalisation are showcase villages of Shandong (Qilu is its old name) in China’s drive to revitalise the countryside. The Data page gives each figure’s source.'
	]
};
