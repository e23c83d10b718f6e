import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '蓝图',
	title: '2025年的目标：规划纲要的“主要指标”表',
	intro: [
		'“十四五”规划纲要用一张表（专栏1）列出五年的主要目标，每项标明属性：“约束性”或“预期性”。按通行的解释，约束性指标是政府必须完成的，预期性指标是期望达到的方向。',
		'表中每一行是一项指标和它的2025年目标，分为综合实力、发展质量、对外开放、生态品质、民生福祉、安全保障六组。增速类指标的目标是2021—2025年的年均增速。表中“规上工业”指规模以上工业，即营业收入达到一定规模的工业企业；“四新”经济通常指新技术、新产业、新业态、新模式（规划没有下定义，这是本报道的注释）。'
	],
	steps: {
		strength: [
			'综合实力一组：横条越长，五年里要增长得越多。地区生产总值没有定总量，只定了年均增速{fig:gdp-growth-2025-target}。常住人口的目标是{fig:population-2025-target}，但按表中的年均增长{fig:population-growth-2025-target}计算，五年后到不了这个数（本报道的计算）。'
		],
		binding: [
			'约束性指标都在生态品质和安全保障两组。能耗、用水、二氧化碳排放强度的降低和耕地保有量，表中写“完成市下达任务”。粮食综合生产能力目标{fig:grain-capacity-2025-target}，规划第八章正文则写底线“确保稳定在”{fig:grain-capacity-2025-target-rural}，两处的数不同。'
		],
		all: [
			'各项指标相比：有的五年里只需小幅增长，有的要增长四成以上（本报道据基数和目标的计算）。新增城镇就业按五年累计，目标{fig:new-urban-jobs-cumulative-2025-target}，少于“十三五”五年的{fig:new-urban-jobs-cumulative-2020-baseline}。这些目标走到了哪一步，见后面的“进度”一章。'
		]
	},
	notes: [
		'空气质量优良天数比例一行也是约束性指标，它的目标栏是空的，看表格排版应与上面几行同属“完成市下达任务”这一格（本报道的判断）。',
		'图中比例类指标（如城镇化率）写的是提高多少个百分点，不画横条。增加值是新创造的价值，各行业的增加值加起来就是地区生产总值。',
		'粮食综合生产能力：专栏1写2025年目标{fig:grain-capacity-2025-target}；规划第八章正文写“确保稳定在”{fig:grain-capacity-2025-target-rural}。一处是目标，一处是底线，两处的数不同。',
		'2024年的区政府工作报告另有“数字经济产业增加值占比达到”{fig:digital-economy-industry-share-2024-target}的目标，与规划中数字经济增加值占地区生产总值的比重（2025年目标{fig:digital-economy-share-2025-target}）名称相近、数值相差很大；文件没有说明两者的关系。'
	],
	slides: {
		strength: {
			title: '综合实力：地区生产总值只定年均增速',
			lines: [
				'地区生产总值年均增长{fig:gdp-growth-2025-target}',
				'按年均{fig:population-growth-2025-target}，人口到不了{fig:population-2025-target}（据公开数据测算）'
			]
		},
		binding: {
			title: '约束性指标集中在生态、安全两组',
			lines: [
				'能耗、用水、碳排放等写“完成市下达任务”',
				'粮食产能目标{fig:grain-capacity-2025-target}，正文底线{fig:grain-capacity-2025-target-rural}'
			]
		},
		all: {
			title: '全部指标：有的小幅增长，有的增一半以上',
			lines: [
				'增幅小：常住人口{fig:population-2020-baseline}→{fig:population-2025-target}',
				'增幅大：预算收入{fig:budget-revenue-2020-baseline}→{fig:budget-revenue-2025-target}'
			]
		}
	}
};
