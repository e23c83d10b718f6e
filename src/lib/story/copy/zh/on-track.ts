import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '进度',
	title: '2025年的目标，走到了哪一步？',
	intro: [
		'“十四五”在2025年收官。对已经公布了最新数字的目标，这里用同一个规则看进度：从2020年起实际做到的年均增速，赶不赶得上此后按期达标所需的年均增速。'
	],
	steps: {
		revenue: [
			'一般公共预算收入2020年是{fig:budget-revenue-2020-baseline}，规划2025年达到{fig:budget-revenue-2025-target}，相当于每年增长{cagr:budget-revenue-2020-baseline:budget-revenue-2025-target}。',
			'2023年收入{fig:budget-revenue-2023-actual}，当年增长{fig:budget-revenue-growth-2023-actual}；但从2020年算起，年均只增长了{cagr:budget-revenue-2020-baseline:budget-revenue-2023-actual}。要按期达标，2024、2025两年需要年均增长{needed:budget-revenue-2023-actual:budget-revenue-2025-target}。'
		],
		income: [
			'城镇居民人均可支配收入从{fig:urban-income-2020-baseline}增至2023年的{fig:urban-income-2023-actual}，年均增长{cagr:urban-income-2020-baseline:urban-income-2023-actual}；要达到2025年的{fig:urban-income-2025-target}，此后需年均增长{needed:urban-income-2023-actual:urban-income-2025-target}。',
			'农村居民从{fig:rural-income-2020-baseline}增至{fig:rural-income-2023-actual}，年均增长{cagr:rural-income-2020-baseline:rural-income-2023-actual}，离{fig:rural-income-2025-target}的目标还需年均增长{needed:rural-income-2023-actual:rural-income-2025-target}。'
		],
		all: [
			'三条进度放在一起看：竖线是时间已经走过的比例，色条是数字已经走过的比例。色条落在竖线后面，就要在剩下的年份里跑得更快。',
			'这些最新数字来自2024年初的区政府工作报告。数据台列出了每个目标的状态和判断规则，2024、2025年的数字公布后可以接着核对。'
		]
	}
};
