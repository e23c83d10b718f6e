import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '项目',
	title: '每年的重点项目清单',
	intro: [
		'长清每年有一份重点项目清单，项目工作也各有一个年度主题：2023年的“项目突破年”、2024年的“项目深化年”是济南市的部署；2025年，长清“以‘项目提升年’为总牵引”。'
	],
	steps: {
		investment: [
			'投资：2023年重点项目完成投资{fig:key-project-investment-2023-actual}，投资完成率{fig:key-project-investment-completion-2023-actual}。来源中没有2024年全区的数（图中“无数据”），只有{fig:provincial-key-projects-2024-actual}省级重点项目的完成率{fig:provincial-key-project-completion-2024-actual}。',
			'2025年要求完成投资{fig:key-project-investment-2025-target}，是下限，低于2023年的实际数；但两年的重点项目不是同一份清单。'
		],
		signed: [
			'招商引资：2023年“签约落地”项目{fig:signed-projects-2023-actual}，投资额{fig:signed-project-value-2023-actual}；2024年“签约注册”项目{fig:signed-projects-2024-actual}，总投资{fig:signed-project-value-2024-actual}。两种说法不宜直接比。',
			'来源中没有2025年的签约数（“无数据”），只有计划：推进{fig:projects-in-talks-to-sign-2025-plan}重点在谈项目签约落地，谋划项目{fig:projects-conceived-2025-plan}、总投资{fig:projects-conceived-investment-2025-plan}。'
		],
		count: [
			'清单：2023年{fig:key-projects-2023-actual}、2024年{fig:key-projects-2024-actual}重点项目全部开工；2025年全区确定重点项目{fig:key-projects-2025-plan}。',
			'图中虚线框是2024年初的储备重点项目{fig:key-projects-2024-plan}：储备不是当年的清单。'
		]
	},
	notes: [
		'年度主题：报道写“济南以‘项目突破年’破局开路”；长清的政府工作报告写“全面贯彻落实市委、市政府‘项目深化年’部署安排”。来源没有说明“项目提升年”是否也是全市的主题。',
		'储备清单与当年清单的关系，文件没有说明；本报道的判断是两者不是同一份清单，两个数不宜相减。2024年另有{fig:key-projects-completed-2024-actual}项目竣工投产，报道没有说是否都是重点项目。',
		'2025年的投资要求是“以上”，即下限；报道没有说明为何定在这里。新开工{fig:key-projects-new-starts-2025-plan}、续建{fig:key-projects-continued-2025-plan}也都是下限，相加为{sum:key-projects-new-starts-2025-plan:key-projects-continued-2025-plan}（本报道的计算），可能达到全年的重点项目数，也可能不到；报道没有说明两者是否只指重点项目。新谋划产业类项目{fig:industry-projects-conceived-2025-plan}，是否包括在全年谋划的项目之内，报道也没有说。',
		'“签约落地”（2023年）和“签约注册”（2024年）是两份文件的说法，文件没有说明两者算法是否相同。“十四五”规划专栏里点名的重大项目，多数在本报道的来源中没有再被提到。'
	],
	slides: {
		investment: {
			title: '2023年重点项目投资超额完成',
			lines: [
				'2023年完成投资{fig:key-project-investment-2023-actual}，完成率{fig:key-project-investment-completion-2023-actual}',
				'2025年的要求{fig:key-project-investment-2025-target}是下限，不是预计数；两年清单不同'
			]
		},
		signed: {
			title: '招商签约：两年说法不同，不宜直接比',
			lines: [
				'2023年“签约落地”{fig:signed-projects-2023-actual}，投资额{fig:signed-project-value-2023-actual}',
				'2024年“签约注册”{fig:signed-projects-2024-actual}，总投资{fig:signed-project-value-2024-actual}'
			]
		},
		count: {
			title: '2023、2024年重点项目全部开工',
			lines: [
				'开工：2023年{fig:key-projects-2023-actual}，2024年{fig:key-projects-2024-actual}',
				'2025年确定{fig:key-projects-2025-plan}；虚线框为储备，非当年清单'
			]
		}
	}
};
