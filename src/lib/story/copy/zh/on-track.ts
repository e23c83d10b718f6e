import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '进度',
	title: '2025年的目标，走到了哪一步？',
	intro: [
		'“十四五”在2025年收官。对来源中有后续数字的2025年目标，这里逐项比较；数字口径不同的，注明不能比。数量类目标看从2020年起实际做到的年均增速，赶不赶得上此后按期达标所需的年均增速。'
	],
	steps: {
		revenue: [
			'一般公共预算收入2020年是{fig:budget-revenue-2020-baseline}，规划2025年达到{fig:budget-revenue-2025-target}，相当于年均增长{cagr:budget-revenue-2020-baseline:budget-revenue-2025-target}（本报道的计算）。',
			'2023年收入{fig:budget-revenue-2023-actual}，当年增长{fig:budget-revenue-growth-2023-actual}；从2020年算起，年均增长{cagr:budget-revenue-2020-baseline:budget-revenue-2023-actual}。要按期达标，2024、2025两年需要年均增长{needed:budget-revenue-2023-actual:budget-revenue-2025-target}（本报道的计算）。'
		],
		income: [
			'城镇居民人均可支配收入从{fig:urban-income-2020-baseline}增至2023年的{fig:urban-income-2023-actual}，年均增长{cagr:urban-income-2020-baseline:urban-income-2023-actual}；要达到2025年的{fig:urban-income-2025-target}，此后需年均增长{needed:urban-income-2023-actual:urban-income-2025-target}（本报道的计算）。',
			'农村居民从{fig:rural-income-2020-baseline}增至{fig:rural-income-2023-actual}，年均增长{cagr:rural-income-2020-baseline:rural-income-2023-actual}，离{fig:rural-income-2025-target}的目标还需年均增长{needed:rural-income-2023-actual:rural-income-2025-target}（本报道的计算）。'
		],
		pace: [
			'2024年初，区政府工作报告定下当年的预期目标：一般公共预算收入增长{fig:budget-revenue-growth-2024-target}，城镇、农村居民人均可支配收入分别增长{fig:urban-income-growth-2024-target}和{fig:rural-income-growth-2024-target}。',
			'按2023年的实际数计算，要在2025年达到规划目标，这三项在2024、2025两年需要的年均增长分别是{needed:budget-revenue-2023-actual:budget-revenue-2025-target}、{needed:urban-income-2023-actual:urban-income-2025-target}和{needed:rural-income-2023-actual:rural-income-2025-target}（本报道的计算）。'
		],
		others: [
			'地区生产总值、规模以上工业（营业收入达到一定规模的工业企业）增加值、固定资产投资三项，规划只定了年均增速，分别为{fig:gdp-growth-2025-target}、{fig:industrial-value-added-growth-2025-target}、{fig:fixed-asset-investment-growth-2025-target}；社会消费品零售总额既定了2025年达到{fig:retail-sales-2025-target}，也定了年均增长{fig:retail-sales-growth-2025-target}，但来源中没有2020年以后的零售总额。2024年政府工作报告给这四项定的当年目标是{fig:gdp-growth-2024-target}、{fig:industrial-value-added-growth-2024-target}、{fig:fixed-asset-investment-growth-2024-target}、{fig:retail-sales-growth-2024-target}。'
		],
		all: [
			'全部有后续数字的目标放在一起：色条是数字已经走过的比例，竖线是时间已经走过的比例；口径不同、不能比较的，只列数字并注明原因。',
			'收入、财政等项目的最新实际数来自2024年初的区政府工作报告；本报道的来源中还没有这些指标2024年的实际数。数据台列出了每个目标的状态和判断理由。'
		]
	}
};
