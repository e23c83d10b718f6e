import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '乡村',
	title: '守住粮食，发展特色',
	intro: [
		'长清的耕地保有量在2020年是{fig:farmland-2020-baseline}。耕地保有量和粮食综合生产能力都是规划里的约束性指标，即政府必须完成的指标。',
		'除了粮食，长清还发展特色农业：2023年，长清茶、道地中药材、小米、特色果品种植面积{fig:specialty-crops-area-2023-actual}，产值{fig:specialty-crops-output-2023-actual}。',
		'同年新增高标准农田{fig:high-standard-farmland-new-2023-actual}，规划要求2025年全区总面积保持在{fig:high-standard-farmland-2025-target}。到2023年，累计建成乡村振兴齐鲁样板村{fig:qilu-model-villages-2023-actual}。'
	],
	steps: {
		grain: [
			'图中柱子分两种：产能是能生产多少粮食，产量是当年实际收获多少。产能2020年{fig:grain-capacity-2020-baseline}，规划2025年提高到{fig:grain-capacity-2025-target}；产量2023年{fig:grain-output-2023-actual}，2024年目标{fig:grain-output-2024-target}，已和2025年的产能目标相差无几（本报道的对照）。'
		]
	},
	notes: [
		'产能（粮食综合生产能力）和产量是两个指标，文件没有解释两者的关系；把2024年的产量目标和2025年的产能目标放在一起比，是本报道的对照。图中斜线柱是目标，实心柱是实际数。',
		'产能的2025年目标写在专栏1（规划的主要指标表）里，是约束性目标；同一份规划的第八章正文又写产能“确保稳定在”{fig:grain-capacity-2025-target-rural}，这个数带“以上”，表示不能低于它，是底线。两处的数不同。',
		'高标准农田指集中连片、旱涝保收的农田。2023年的数是当年新建的面积，2025年的数是全区要保有的总面积。齐鲁样板村是山东省的乡村振兴示范村。'
	],
	slides: {
		grain: {
			title: '2024年产量目标与产能目标相差无几',
			lines: [
				'产能：2020年{fig:grain-capacity-2020-baseline}，2025年目标{fig:grain-capacity-2025-target}',
				'产量：2023年{fig:grain-output-2023-actual}，2024年目标{fig:grain-output-2024-target}'
			]
		}
	}
};
