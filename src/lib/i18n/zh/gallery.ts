/** The /charts/ page. */
export const gallery = {
	title: '全部图表｜长清 2020 → 2035',
	description: '本报道的全部图表及其各个状态，每个数字都注明出处。',
	heading: '全部图表',
	lede: '本报道用到的每一张图，以及它在报道中出现的每个状态。',
	/** The story's pictures for WeChat, above the charts. */
	wechat: {
		heading: '微信用图',
		lede: '发公众号或转给朋友：整篇报道的一张长图，和一张文章封面；每张图表下面另有手机版 PNG。',
		glance: '一图读懂（长图 PNG，1080像素宽）',
		cover: '公众号封面（PNG，900×383）'
	},
	state: '状态：'
};
