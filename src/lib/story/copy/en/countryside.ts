import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Countryside',
	title: 'Holding on to grain, building up specialties',
	intro: [
		'In 2020 Changqing’s retained farmland, its stock of cultivated land, stood at {fig:farmland-2020-baseline} (a mu, the Chinese unit of land area, is one-fifteenth of a hectare). Retained farmland and grain production capacity are both among the plan’s “binding” indicators, the kind the government must meet.'
	],
	steps: {
		grain: [
			'In 2020 Changqing’s grain production capacity was {fig:grain-capacity-2020-baseline}; the plan has it rising to {fig:grain-capacity-2025-target} by 2025. The bars separate “capacity” (how much the land can produce) from “output” (what was actually harvested that year), as the key shows; solid bars are actual figures, hatched bars are targets.'
		],
		output: [
			'Grain output in 2023 was {fig:grain-output-2023-actual}, and the target for 2024 is {fig:grain-output-2024-target}. Output and capacity are two different indicators, and the documents do not explain how they relate; in numbers, the 2024 output target is already level with the plan’s capacity target for 2025.'
		],
		conflict: [
			'The plan gives two figures for capacity in 2025. In its table of main indicators (Box 1) the figure is {fig:grain-capacity-2025-target}, a binding indicator; the text of chapter eight, on rural revitalisation, says capacity will be “kept stable”, and gives {fig:grain-capacity-2025-target-rural} for it. One is a target, the other a floor; the two passages give different numbers.'
		],
		specialty: [
			'Beyond grain come specialty crops: in 2023 the area planted with Changqing tea, local medicinal herbs, millet and specialty fruit reached {fig:specialty-crops-area-2023-actual}, with an output value of {fig:specialty-crops-output-2023-actual}.',
			'High-standard farmland (fields upgraded to give stable yields in drought or flood): {fig:high-standard-farmland-new-2023-actual} was added in 2023, while the plan’s requirement for 2025 is a total area of {fig:high-standard-farmland-2025-target}. The first is one year’s new area, the second the total to be maintained. By 2023 Changqing had built {fig:qilu-model-villages-2023-actual} “Qilu model” villages of rural revitalisation in all: showcase villages of Shandong (Qilu is its old name) in China’s national drive to develop the countryside.'
		]
	}
};
