import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '民生',
	title: '居民收入：涨了多少，离目标还差多少',
	intro: [
		'规划给城乡居民人均可支配收入都定了2025年的目标；2024年初的区政府工作报告给出了2023年的实际数。'
	],
	steps: {
		urban: [
			'城镇居民人均可支配收入2020年是{fig:urban-income-2020-baseline}，2023年达到{fig:urban-income-2023-actual}，年均增长{cagr:urban-income-2020-baseline:urban-income-2023-actual}（本报道的计算）。',
			'要在2025年达到{fig:urban-income-2025-target}，2024、2025两年需要年均增长{needed:urban-income-2023-actual:urban-income-2025-target}（点线；本报道的计算），比从2020年基数直线连到2025年目标的虚线（本报道所画）陡。按人算，离目标每人还差{gap:urban-income-2023-actual:urban-income-2025-target}（本报道的计算）。'
		],
		rural: [
			'农村居民人均可支配收入的年均增速更高：从{fig:rural-income-2020-baseline}增至{fig:rural-income-2023-actual}，年均增长{cagr:rural-income-2020-baseline:rural-income-2023-actual}。离{fig:rural-income-2025-target}的目标，还需年均增长{needed:rural-income-2023-actual:rural-income-2025-target}，每人还差{gap:rural-income-2023-actual:rural-income-2025-target}（均为本报道的计算）。'
		],
		gap: [
			'城镇居民的收入是农村居民的几倍？2020年是{ratio:urban-income-2020-baseline:rural-income-2020-baseline}倍，2023年缩小到{ratio:urban-income-2023-actual:rural-income-2023-actual}倍。若两项目标都实现，2025年约为{ratio:urban-income-2025-target:rural-income-2025-target}倍，与2023年基本持平（均为本报道的计算）。'
		],
		services: [
			'收入之外：2023年新增城镇就业{fig:new-urban-jobs-2023-actual}，居民医保参保率{fig:medical-insurance-coverage-2023-actual}，社区养老服务设施配建达标率{fig:community-elderly-facility-compliance-2023-actual}。',
			'2024年的计划包括新建、续建、改扩建中小学幼儿园{fig:school-construction-2024-plan}，完成老年人家庭适老化改造{fig:elderly-home-adaptation-2024-plan}。'
		]
	}
};
