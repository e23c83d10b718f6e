import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '乡村',
	title: '守住粮食，发展特色',
	intro: [
		'长清的耕地保有量在2020年是{fig:farmland-2020-baseline}。耕地保有量和粮食综合生产能力都是规划里的约束性指标。'
	],
	steps: {
		grain: [
			'2020年，长清粮食综合生产能力{fig:grain-capacity-2020-baseline}，规划2025年提高到{fig:grain-capacity-2025-target}。柱子分“产能”（能生产多少）和“产量”（当年实际收获多少），见图例；实心柱是实际数，斜线柱是目标。'
		],
		output: [
			'2023年粮食总产量{fig:grain-output-2023-actual}，2024年的目标是{fig:grain-output-2024-target}。产量和产能是两个指标，文件没有解释两者的关系；数字上，2024年的产量目标与规划2025年的产能目标已相差无几。'
		],
		conflict: [
			'规划对2025年的产能写了两个数：专栏1里是{fig:grain-capacity-2025-target}，属约束性指标；第八章正文是“确保稳定在”{fig:grain-capacity-2025-target-rural}。一处是目标，一处是底线，两处写的数不同。'
		],
		specialty: [
			'粮食之外是特色：2023年，长清茶、道地中药材、小米、特色果品种植面积达{fig:specialty-crops-area-2023-actual}，产值{fig:specialty-crops-output-2023-actual}。',
			'高标准农田（集中连片、旱涝保收的农田）：2023年新增{fig:high-standard-farmland-new-2023-actual}；规划的要求是到2025年总面积保持在{fig:high-standard-farmland-2025-target}。前者是当年新建的数量，后者是保有的总量。到2023年，累计建成乡村振兴齐鲁样板村（山东省的乡村振兴示范村）{fig:qilu-model-villages-2023-actual}。'
		]
	}
};
