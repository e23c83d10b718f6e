import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '开篇',
	title: '长清在哪里',
	intro: ['长清区是济南市的一个区，规划称它为“济南市的西大门”。区内有大学城，也有大片耕地。'],
	steps: {
		city: [
			'这是济南市今天的各区县，包括2019年并入济南的原莱芜市两区。边界取自一份公开的地图数据，见图下说明。'
		],
		changqing: [
			'深色的就是长清。“十四五”规划这样描述它的位置：“东南连接泰山，西北紧邻黄河”。',
			'2020年，长清常住人口{fig:population-2020-baseline}，地区生产总值{fig:gdp-2020-baseline}。'
		]
	}
};
