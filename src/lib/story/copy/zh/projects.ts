import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '项目',
	title: '项目年：从“突破”到“深化”再到“提升”',
	intro: [
		'这几年，长清每年给工作定一个主题，主题都落在“项目”上：2023年是“项目突破年”，2024年是“项目深化年”，2025年是“项目提升年”。'
	],
	steps: {
		count: [
			'2023年，长清{fig:key-projects-2023-actual}重点项目全部开工。2024年初储备了{fig:key-projects-2024-plan}重点项目，全年实际开工{fig:key-projects-2024-actual}。',
			'2025年确定的重点项目增至{fig:key-projects-2025-plan}。斜线柱是计划，实心柱是实际完成。'
		],
		investment: [
			'投资看“真金白银”：2023年重点项目完成投资{fig:key-project-investment-2023-actual}；2025年的要求是年度完成投资{fig:key-project-investment-2025-target}。'
		],
		signed: [
			'招商引资：2023年签约落地项目{fig:signed-projects-2023-actual}，投资额{fig:signed-project-value-2023-actual}；2024年签约注册项目{fig:signed-projects-2024-actual}，总投资{fig:signed-project-value-2024-actual}。',
			'两年的口径不同，一个是“签约落地”，一个是“签约注册”，不宜直接比较。'
		],
		themes: [
			'回到项目个数：三年三个主题，重点项目一年比一年多。2025年还要新开工项目{fig:key-projects-new-starts-2025-plan}、续建{fig:key-projects-continued-2025-plan}。'
		]
	}
};
