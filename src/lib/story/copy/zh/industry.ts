import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '产业',
	title: '两套产业体系：从三大主导、四大特色到“2+2”',
	intro: [
		'“十四五”规划（2021年）为长清确定了三大主导产业和四大特色产业。2023年，长清“优化确定了”新的“2+2”产业体系：以新能源汽车装备及零部件、生物医药为主导产业，以网络视听、文旅康养为特色产业。',
		'据2025年初的两会特别策划，当年的安排是：争取备案市级重点实验室{fig:municipal-key-labs-2025-plan}，研发经费投入增长{fig:rd-spending-growth-2025-target}，新增省级以上创新型中小企业、专精特新（专业化、精细化、特色化、新颖化）和瞪羚（快速成长）企业{fig:new-provincial-innovative-smes-2025-plan}。'
	],
	steps: {
		before: [
			'图中先是规划里的旧体系。规划给其中几个产业定了2025年的规模目标：智能制造与高端装备主营业务收入{fig:intelligent-manufacturing-revenue-2025-target}，节能环保与压力容器{fig:energy-saving-revenue-2025-target}，建筑业总产值{fig:construction-output-2025-target}，旅游收入{fig:tourism-revenue-2025-target}。'
		],
		results: [
			'2024年，生物医药产业全年签约引进重点项目{fig:biomedicine-key-projects-signed-2024-actual}。据2025年初的两会特别策划，山东省网络视听产业基地“目前已入驻”相关企业{fig:audiovisual-base-firms-2024-actual}。'
		],
		both: [
			'新旧两套体系相比：主导产业从三个变为两个，特色产业从四个变为两个。',
			'图中的对照是本报道按名称作的，文件没有这样说：新能源汽车装备对应原来的智能制造与高端装备，生物医药和文旅康养对应原来的食品医药及文旅医养健康，网络视听对应原来的文化创意。'
		]
	},
	notes: [
		'主营业务收入是企业主要业务的收入。图中只有两个主营业务收入目标画成长条，可以比长短；建筑业总产值和旅游收入是另外的指标，只写数字。',
		'专精特新、瞪羚这类企业的数字，每年文件写的级别和类别都不一样，不能连成趋势。'
	],
	slides: {
		before: {
			title: '旧体系：规划定了2025年规模目标',
			lines: [
				'智能制造与高端装备：主营业务收入{fig:intelligent-manufacturing-revenue-2025-target}',
				'节能环保与压力容器：主营业务收入{fig:energy-saving-revenue-2025-target}'
			]
		},
		results: {
			title: '生物医药引项目，网络视听聚企业',
			lines: [
				'2024年生物医药签约引进重点项目{fig:biomedicine-key-projects-signed-2024-actual}',
				'网络视听基地已入驻相关企业{fig:audiovisual-base-firms-2024-actual}'
			]
		},
		both: {
			title: '主导产业三变二，特色产业四变二',
			lines: ['新旧产业的对应按名称对照，非文件原有']
		}
	}
};
