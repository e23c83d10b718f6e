import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '开篇',
	title: '长清在哪里',
	intro: ['长清区是济南市的一个区，规划称它为“济南市的西大门”。区内有大学城，也有大片耕地。'],
	steps: {
		city: ['这是济南市今天的各区县，包括2019年并入济南的原莱芜市两区。'],
		changqing: [
			'深色的就是长清。长清的“十四五”规划（2021—2025年的五年规划）这样描述它的位置：“东南连接泰山，西北紧邻黄河”。'
		]
	},
	notes: ['地图上的区县边界取自一份公开的地图数据。'],
	slides: {
		city: {
			title: '今天的济南，含2019年并入的原莱芜市两区'
		},
		changqing: {
			title: '长清：“东南连接泰山，西北紧邻黄河”',
			lines: ['图中深色即长清，原话出自“十四五”规划']
		}
	}
};
