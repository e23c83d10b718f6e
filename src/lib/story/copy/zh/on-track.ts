import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '进度',
	title: '2025年的目标，走到了哪一步？',
	intro: [
		'“十四五”在2025年收官，哪些目标赶得上？这里比两个速度：2020年以来实际做到的年均增速，和按期达标还需要的年均增速。来源中有后续数字的目标，都列在图中。',
		'最新的实际数是2023年的，来自2024年初的区政府工作报告；这几份文件里还没有这些指标2024年的实际数。所以下面比的是到2023年为止的进度。'
	],
	steps: {
		revenue: [
			'一般公共预算收入2023年为{fig:budget-revenue-2023-actual}；2020年以来年均增长{cagr:budget-revenue-2020-baseline:budget-revenue-2023-actual}，要在2025年达到{fig:budget-revenue-2025-target}，此后需年均增长{needed:budget-revenue-2023-actual:budget-revenue-2025-target}（均为本报道的计算）。',
			'2023年当年增长{fig:budget-revenue-growth-2023-actual}；它与年均增速要同时成立，2022年的收入应低于2020年（本报道的推算）。2024年的预期目标是增长{fig:budget-revenue-growth-2024-target}。'
		],
		income: [
			'城乡居民收入的账，“民生”一章已经算过：两项2020年以来的年均增速，都慢于按期达标所需（本报道的计算）。色条是从2020年基数到2025年目标已走过的路程，竖线是规划期已过去的时间。',
			'区里2024年的预期目标：增长{fig:urban-income-growth-2024-target}和{fig:rural-income-growth-2024-target}。'
		],
		rates: [
			'地区生产总值和规模以上工业增加值，规划只定了五年的年均增速：{fig:gdp-growth-2025-target}和{fig:industrial-value-added-growth-2025-target}。后来的数字只有2023年的：地区生产总值预计{fig:gdp-2023-actual}，规模以上工业增加值当年增长{fig:industrial-value-added-growth-2023-actual}。预计的总量、一年的增速，都不能和五年的平均直接比，图中只列数字。'
		],
		others: [
			'其余几项，后来的数字和目标算的不是同一样东西。比如新增城镇就业，目标是五年累计{fig:new-urban-jobs-cumulative-2025-target}，来源只有2023年一年的{fig:new-urban-jobs-2023-actual}；粮食的目标是产能，后来的数字是产量；养老设施，规划写“配套”达标率，报告写“配建”达标率。这几项图中只列数字，不判断快慢。'
		]
	},
	notes: [
		'年均增速按每年在上一年基础上增长计算：已实现的，从2020年基数算到2023年实际数；还需要的，从2023年实际数算到2025年目标（本报道的计算）。“预期目标”是政府工作报告年初为当年定的目标。',
		'地区生产总值、规模以上工业（营业收入达到一定规模的工业企业）增加值、固定资产投资三项，规划只定了年均增速，分别为{fig:gdp-growth-2025-target}、{fig:industrial-value-added-growth-2025-target}、{fig:fixed-asset-investment-growth-2025-target}；社会消费品零售总额定了2025年达到{fig:retail-sales-2025-target}、年均增长{fig:retail-sales-growth-2025-target}，但来源中没有2020年以后的零售总额。2024年政府工作报告给这四项定的当年目标是增长{fig:gdp-growth-2024-target}、{fig:industrial-value-added-growth-2024-target}、{fig:fixed-asset-investment-growth-2024-target}、{fig:retail-sales-growth-2024-target}。',
		'2023年的一般公共预算收入当年增长{fig:budget-revenue-growth-2023-actual}，而2020年以来年均只增长{cagr:budget-revenue-2020-baseline:budget-revenue-2023-actual}。两个数同时成立，2022年的收入应低于2020年，2023年是在较低的基数上回升（本报道据两数推算，假定两者算法相同；来源中没有2021、2022年的数）。'
	],
	slides: {
		revenue: {
			title: '预算收入增速慢于按期达标所需',
			lines: [
				'2020年以来年均增长{cagr:budget-revenue-2020-baseline:budget-revenue-2023-actual}（据公开数据测算）',
				'按期达标还需年均增长{needed:budget-revenue-2023-actual:budget-revenue-2025-target}（据公开数据测算）'
			]
		},
		income: {
			title: '城乡居民收入增速同样慢于所需',
			lines: [
				'城镇已实现{cagr:urban-income-2020-baseline:urban-income-2023-actual}，尚需{needed:urban-income-2023-actual:urban-income-2025-target}（据公开数据测算）',
				'农村已实现{cagr:rural-income-2020-baseline:rural-income-2023-actual}，尚需{needed:rural-income-2023-actual:rural-income-2025-target}（据公开数据测算）'
			]
		},
		rates: {
			title: '两项增速目标：只有一年的数',
			lines: ['规划定的是五年的年均增速', '后来只有2023年的预计总量和当年增速']
		},
		others: {
			title: '其余目标：后来的数字算的是另一样东西',
			lines: ['五年累计的目标，来源只有一年的数', '产能的目标，来源只有产量']
		}
	}
};
