import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '民生',
	title: '居民收入：涨了多少，离目标还差多少',
	intro: [
		'规划给城乡居民人均可支配收入都定了2025年的目标；2024年初的区政府工作报告给出了2023年的实际数。',
		'这份报告还说，2023年新增城镇就业{fig:new-urban-jobs-2023-actual}，居民医保参保率{fig:medical-insurance-coverage-2023-actual}，社区养老服务设施配建达标率{fig:community-elderly-facility-compliance-2023-actual}；2024年计划新建、续建、改扩建中小学幼儿园{fig:school-construction-2024-plan}，完成老年人家庭适老化改造{fig:elderly-home-adaptation-2024-plan}。下面只看收入。'
	],
	steps: {
		urban: [
			'城镇居民人均可支配收入从2020年的{fig:urban-income-2020-baseline}涨到2023年的{fig:urban-income-2023-actual}，年均增长{cagr:urban-income-2020-baseline:urban-income-2023-actual}。要达到2025年目标{fig:urban-income-2025-target}，每人还差{gap:urban-income-2023-actual:urban-income-2025-target}，2024、2025两年需年均增长{needed:urban-income-2023-actual:urban-income-2025-target}（图中点线；均为本报道的计算）。'
		],
		rural: [
			'农村居民涨得更快：从{fig:rural-income-2020-baseline}到{fig:rural-income-2023-actual}，年均{cagr:rural-income-2020-baseline:rural-income-2023-actual}；离目标{fig:rural-income-2025-target}每人还差{gap:rural-income-2023-actual:rural-income-2025-target}，需年均增长{needed:rural-income-2023-actual:rural-income-2025-target}。城乡收入比由{ratio:urban-income-2020-baseline:rural-income-2020-baseline}缩至{ratio:urban-income-2023-actual:rural-income-2023-actual}；按两项2025年目标算，比值仍约为{ratio:urban-income-2025-target:rural-income-2025-target}，不再缩小多少（均为本报道的计算）。'
		]
	},
	notes: [
		'年均增长按每年在上一年基础上增长计算：已实现的从2020年算到2023年，还需要的从2023年算到2025年目标；“每人还差”是2025年目标减2023年实际数（都是本报道的计算）。规划只给了2020年基数和2025年目标两端，没有给中间各年；网页图中从基数直连目标的虚线是本报道画的。',
		'城乡收入比是城镇居民人均可支配收入除以农村居民的，即前者是后者的几倍；2025年的比值是用两项目标算的，不是预测（本报道的计算）。',
		'2023年的实际数来自2024年初的区政府工作报告，这几份文件里还没有2024年的实际数。报告说的是养老设施“配建达标率”，规划用的是“配套达标率”，两份文件都没有说是否同一指标，本报道不拿它衡量规划目标。'
	],
	slides: {
		urban: {
			title: '城镇居民收入离2025年目标仍有距离',
			lines: [
				'每人还差{gap:urban-income-2023-actual:urban-income-2025-target}（据公开数据测算）',
				'达标需年均增长{needed:urban-income-2023-actual:urban-income-2025-target}（据公开数据测算）'
			]
		},
		rural: {
			title: '城乡收入比在缩小，按目标算将几乎不变',
			lines: [
				'2020年{ratio:urban-income-2020-baseline:rural-income-2020-baseline}，2023年{ratio:urban-income-2023-actual:rural-income-2023-actual}（据公开数据测算）',
				'2025年两项目标之比约{ratio:urban-income-2025-target:rural-income-2025-target}（据公开数据测算）'
			]
		}
	}
};
