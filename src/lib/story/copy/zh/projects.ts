import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '项目',
	title: '每年的重点项目清单',
	intro: [
		'这几年的项目工作各有一个年度主题。2023年的“项目突破年”、2024年的“项目深化年”是济南市的部署：报道写“济南以‘项目突破年’破局开路”，长清的政府工作报告写“全面贯彻落实市委、市政府‘项目深化年’部署安排”，并“以‘项目深化年’为工作总牵引”。2025年，长清“以‘项目提升年’为总牵引”；来源没有说明这是否也是全市的主题。'
	],
	steps: {
		count: [
			'每年有一份重点项目清单。2023年，{fig:key-projects-2023-actual}重点项目全部开工；2024年，{fig:key-projects-2024-actual}重点项目全部开工，{fig:key-projects-completed-2024-actual}项目竣工投产（报道没有说这些是否都是重点项目）；2025年，全区确定重点项目{fig:key-projects-2025-plan}。',
			'另有一份储备清单：2024年初的区政府工作报告称“目前已储备重点项目”{fig:key-projects-2024-plan}。文件没有说明储备清单与当年的重点项目清单是什么关系；本报道的判断是两者不是同一份清单，两个数不宜相减。图中实心柱是当年清单的实际数，斜线柱是计划数，虚线框是储备数。'
		],
		investment: [
			'投资：2023年重点项目完成投资{fig:key-project-investment-2023-actual}，投资完成率{fig:key-project-investment-completion-2023-actual}；2024年，{fig:provincial-key-projects-2024-actual}省级重点项目投资完成率{fig:provincial-key-project-completion-2024-actual}。2025年的要求是年度完成投资{fig:key-project-investment-2025-target}。这是下限，低于2023年实际完成的数；2023年的{fig:key-projects-2023-actual}重点项目与2025年的{fig:key-projects-2025-plan}重点项目不是同一份清单，报道没有说明下限为何定在这里。'
		],
		signed: [
			'招商引资：2023年签约落地项目{fig:signed-projects-2023-actual}，投资额{fig:signed-project-value-2023-actual}；2024年签约注册项目{fig:signed-projects-2024-actual}，总投资{fig:signed-project-value-2024-actual}。',
			'两年的说法不同，一个是“签约落地”，一个是“签约注册”，不宜直接比较。2025年要推进{fig:projects-in-talks-to-sign-2025-plan}重点在谈项目签约落地。'
		],
		themes: [
			'2025年的计划：全年谋划项目{fig:projects-conceived-2025-plan}、总投资{fig:projects-conceived-investment-2025-plan}；新谋划产业类项目{fig:industry-projects-conceived-2025-plan}（报道没有说明是否包括在前一个数之内）；确保新开工项目{fig:key-projects-new-starts-2025-plan}、续建项目{fig:key-projects-continued-2025-plan}。',
			'新开工与续建都是下限，相加是{sum:key-projects-new-starts-2025-plan:key-projects-continued-2025-plan}（本报道的计算），可能达到全区确定的{fig:key-projects-2025-plan}重点项目，也可能不到；报道没有说明两者是否只指重点项目，也没有说明其余项目属于哪一类。',
			'“十四五”规划的专栏里点名的重大项目后来怎样了？来源页末尾逐一列出了此后文件的原话：多数项目在本报道的来源中没有再被提到。'
		]
	}
};
