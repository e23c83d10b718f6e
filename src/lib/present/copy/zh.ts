import type { DeckCopy } from './types';

export const copy: DeckCopy = {
	close: {
		title: '谢谢',
		lines: ['每个数字都有原文出处，完整报道与数据见网站']
	},
	caveats: {
		title: '口径说明',
		lines: [
			'来源中最新的实际数是2023年的，进度只算到2023年',
			'年均增速、还需增速是据来源数字的测算，不是文件原有',
			'规划目标、当年预期目标都不是实际数',
			'“以上”“超过”的数是下限，相加仍是下限',
			'几份来源写法不一的数字，讲稿和网站列出原文'
		]
	}
};
