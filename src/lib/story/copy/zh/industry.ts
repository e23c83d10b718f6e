import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '产业',
	title: '产业转向：从“3+4”到“2+2”',
	intro: [
		'2021年的“十四五”规划为长清挑了三大主导产业和四大特色产业。两年后，长清把重点收窄为“2+2”：两个主导产业、两个特色产业。'
	],
	steps: {
		before: [
			'2021年的规划里，主导产业是智能制造与高端装备、节能环保与压力容器、智能建造与建筑产业；特色产业是食品医药及文旅医养健康、新一代信息技术、文化创意和现代服务业。'
		],
		revenue: [
			'规划给其中几个产业定了2025年的规模目标：智能制造与高端装备{fig:intelligent-manufacturing-revenue-2025-target}，节能环保与压力容器{fig:energy-saving-revenue-2025-target}，建筑业总产值{fig:construction-output-2025-target}，文旅收入{fig:tourism-revenue-2025-target}。'
		],
		pivot: [
			'2023年，长清优化确定了“2+2”产业体系：以新能源汽车装备及零部件、生物医药为主导产业，以网络视听、文旅康养为特色产业。',
			'连线表示新体系从哪里长出来：新能源汽车装备承接了智能制造，生物医药和文旅康养来自原来的食品医药及文旅医养健康，网络视听来自文化创意。'
		],
		results: [
			'到2024年，生物医药全年签约引进重点项目{fig:biomedicine-key-projects-signed-2024-actual}；山东省网络视听产业基地入驻相关企业{fig:audiovisual-base-firms-2024-actual}。'
		],
		both: [
			'两套体系并排看：重点产业收拢了，制造业的主线从传统装备转向新能源汽车，健康产业从“食品医药”里单独拎出生物医药。'
		]
	}
};
