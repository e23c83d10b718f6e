import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'zones',
	kicker: '片区',
	title: '四大片区与十个街镇：各有分工',
	chart: 'zones-schematic',
	intro: [
		'城市怎么长，要看空间怎么排。2025年的两会特别策划介绍了长清的四大片区；“十四五”规划的专栏4则给十个街镇各定了功能。下图是按文字整理的示意图，不是地图。'
	],
	steps: [
		{
			id: 'zones',
			state: 'zones',
			text: [
				'四大片区：高铁片区做老城更新、引人聚人；中川湾片区是“重中之重”，要建成集“产学研住商”于一体的人才聚集区；农批市场片区做农产品物流；大学园片区依托高校做科研成果转化。'
			]
		},
		{
			id: 'towns',
			state: 'towns',
			text: [
				'再看街镇：每一行是一个街道或镇，每一列是一类功能，实心方块表示规划给它的定位里写到了这一类。'
			]
		},
		{
			id: 'manufacturing',
			state: 'manufacturing',
			text: ['写到制造的有平安、五峰山、归德街道，以及“散热器之乡”双泉镇。']
		},
		{
			id: 'health',
			state: 'health',
			text: ['“医养康养”写进了大多数街镇的定位，与产业体系里的特色产业“文旅康养”呼应。']
		},
		{
			id: 'farming',
			state: 'farming',
			text: ['粮食生产和现代农业，落在五峰山、归德和孝里街道。']
		},
		{
			id: 'all',
			state: 'final',
			text: [
				'整体看：文化旅游写进了每一个街镇的定位，康养次之；制造和农业则各自集中在少数几个街道。'
			]
		}
	]
};
