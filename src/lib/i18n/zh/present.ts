/** The presentation at /present/: slides for a projector, the presenter's view, the handout. */
export const present = {
	pageTitle: (p: { site: string }) => `演示：${p.site}`,
	pageDescription:
		'长清 2020 → 2035 数据报道的演示版：每张幻灯片一幅图、一段报道原文，可用键盘或翻页笔放映，断网也能用。',
	presenterTitle: (p: { site: string }) => `演讲者视图：${p.site}`,
	presenterDescription: '演示版的演讲者视图：当前与下一张幻灯片、讲稿、计时。',
	/** The slide counter: 12 / 48. */
	counter: (p: { slide: number; count: number }) => `${p.slide} / ${p.count}`,
	/** The slides as a whole, for assistive technology. */
	deckLabel: '幻灯片',
	/** One slide, for assistive technology. */
	slideLabel: (p: { slide: number; count: number }) => `第 ${p.slide} 张，共 ${p.count} 张`,
	/** A slide's thumbnail in the overview. */
	thumbLabel: (p: { slide: number; count: number; title: string }) =>
		`第 ${p.slide} 张，共 ${p.count} 张：${p.title}`,
	cover: '数据报道',
	/** The last slide: where every figure comes from. */
	endTitle: '来源',
	endLede: '每个数字都来自以下文件，报道网站上每个数字都附有原文摘录：',
	endLink: (p: { url: string }) => `完整报道与数据：${p.url}`,
	/** The help line on the first slide. */
	keysHint: '→ 下一张 · ← 上一张 · F 全屏 · O 总览 · S 演讲者视图 · B 黑屏 · G+数字 跳转',
	/** The overview of all slides. */
	overview: '全部幻灯片',
	overviewHint: '选择一张跳转；Esc 或 O 关闭',
	/** The G-jump being typed. */
	jump: (p: { digits: string }) => `跳到第 ${p.digits || '…'} 张（回车确认）`,
	blanked: '黑屏：按 B 或 . 恢复',
	/** The presenter's view. */
	now: '当前',
	next: '下一张',
	notes: '讲稿',
	clock: '时间',
	elapsed: '已用时',
	resetTimer: '计时归零',
	end: '（最后一张）',
	/** Buttons for a mouse or a touch screen. */
	previous: '上一张',
	forward: '下一张',
	fullscreen: '全屏',
	openPresenter: '演讲者视图',
	openOverview: '总览',
	/** A slide's link to its chapter, for the handout's QR codes. */
	qr: (p: { chapter: string }) => `扫码打开“${p.chapter}”的动态图表`,
	handoutTitle: '长清 2020 → 2035：资料'
};
