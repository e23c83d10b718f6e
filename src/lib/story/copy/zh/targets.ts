import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '蓝图',
	title: '2025年的目标：规划纲要的“主要指标”表',
	intro: [
		'“十四五”规划纲要用一张表（专栏1）列出五年的主要目标。表里的指标分为综合实力、发展质量、对外开放、生态品质、民生福祉、安全保障六组，每项标明属性：“约束性”或“预期性”。按通行的解释，约束性指标是政府必须完成的，预期性指标是期望达到的方向。'
	],
	steps: {
		overview: [
			'先看全表：每一行是一项指标，右边是它的2025年目标；增速类指标的目标是2021—2025年的年均增速。'
		],
		strength: [
			'综合实力一组：规划要求常住人口从{fig:population-2020-baseline}增至{fig:population-2025-target}，一般公共预算收入从{fig:budget-revenue-2020-baseline}增至{fig:budget-revenue-2025-target}，社会消费品零售总额从{fig:retail-sales-2020-baseline}增至{fig:retail-sales-2025-target}。',
			'地区生产总值没有定总量，只定了年均增速{fig:gdp-growth-2025-target}；“规上工业”指规模以上工业，即营业收入达到一定规模的工业企业。横条越长，五年里要增长得越多；比例类指标（如城镇化率）写的是提高多少个百分点，不画横条。'
		],
		quality: [
			'发展质量一组：数字经济增加值（数字经济新创造的价值；各行业的增加值加起来就是地区生产总值）占地区生产总值的比重2020年为{fig:digital-economy-share-2020-baseline}，规划要求2025年{fig:digital-economy-share-2025-target}；研发经费支出占比要从{fig:rd-intensity-2020-baseline}提高到{fig:rd-intensity-2025-target}。',
			'2024年的区政府工作报告另有“数字经济产业增加值占比达到”{fig:digital-economy-industry-share-2024-target}的目标。名称相近、数值相差很大，文件没有说明两者的关系，数据台把它们并列。'
		],
		wellbeing: [
			'民生福祉一组：城镇居民人均可支配收入目标{fig:urban-income-2025-target}，农村居民{fig:rural-income-2025-target}；每千人口执业（助理）医师的目标是从{fig:doctors-per-1000-2020-baseline}增至{fig:doctors-per-1000-2025-target}。',
			'新增城镇就业按五年累计计算，目标{fig:new-urban-jobs-cumulative-2025-target}，低于“十三五”五年的{fig:new-urban-jobs-cumulative-2020-baseline}。'
		],
		binding: [
			'约束性指标在生态品质和安全保障两组：能耗、用水、二氧化碳排放强度的降低、空气质量优良天数比例和耕地保有量，表中写的是“完成市下达任务”；粮食综合生产能力要从{fig:grain-capacity-2020-baseline}提高到{fig:grain-capacity-2025-target}。',
			'同一份规划的第八章正文则写粮食综合生产能力“确保稳定在”{fig:grain-capacity-2025-target-rural}，一处是目标，一处是底线，两处写的数不同，数据台把两者并列。'
		],
		all: [
			'全部指标放在一起：有的五年里只需小幅增长，有的要增长一半以上。表中也有自身数字不相符的地方：例如常住人口，按表中的年均增长{fig:population-growth-2025-target}计算，五年后到不了{fig:population-2025-target}（本报道的计算，见数据台）。这些目标走到了哪一步，见后面的“进度”一章。'
		]
	}
};
