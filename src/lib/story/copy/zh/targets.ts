import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '蓝图',
	title: '2025年的目标：规划纲要的“主要指标”表',
	intro: [
		'“十四五”规划纲要用一张表（专栏1）把五年的目标写成了数字。表里的指标分成综合实力、发展质量、对外开放、生态品质、民生福祉、安全保障几组；标着“约束性”的是必须完成的硬任务，其余是“预期性”的努力方向。'
	],
	steps: {
		overview: [
			'先看全表：每一行是一项指标，右边是它在2025年要达到的数。点开数字，可以看到规划原文。'
		],
		strength: [
			'综合实力一组定下了“块头”：常住人口从{fig:population-2020-baseline}增至{fig:population-2025-target}，一般公共预算收入从{fig:budget-revenue-2020-baseline}增至{fig:budget-revenue-2025-target}，社会消费品零售总额从{fig:retail-sales-2020-baseline}增至{fig:retail-sales-2025-target}。',
			'地区生产总值只定了增速：年均{fig:gdp-growth-2025-target}。横条越长，五年里要涨得越多。'
		],
		quality: [
			'发展质量一组看“新”：数字经济增加值占地区生产总值的比重要从{fig:digital-economy-share-2020-baseline}提高到{fig:digital-economy-share-2025-target}，研发经费占比从{fig:rd-intensity-2020-baseline}提高到{fig:rd-intensity-2025-target}。'
		],
		wellbeing: [
			'民生福祉一组最贴近日常：城镇居民人均可支配收入目标{fig:urban-income-2025-target}，农村居民{fig:rural-income-2025-target}；每千人口执业（助理）医师从{fig:doctors-per-1000-2020-baseline}增至{fig:doctors-per-1000-2025-target}。',
			'新增城镇就业按五年累计算，目标{fig:new-urban-jobs-cumulative-2025-target}，低于上一个五年的{fig:new-urban-jobs-cumulative-2020-baseline}。'
		],
		binding: [
			'约束性指标集中在生态和安全两组：能耗、用水、碳排放强度的降低和空气质量，表中写的都是“完成市下达任务”；粮食综合生产能力要从{fig:grain-capacity-2020-baseline}提高到{fig:grain-capacity-2025-target}。',
			'同一份规划的正文则要求粮食综合生产能力{fig:grain-capacity-2025-target-rural}，两处说法不一，数据台把两者并列。'
		],
		all: [
			'全部指标放在一起：有的只需小步前进，有的要在五年里涨一半以上。它们走到了哪一步，后面的“进度”一章再看。'
		]
	}
};
