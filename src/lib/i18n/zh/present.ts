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
	/** A tall chart's page on a slide: 第1/3页. */
	page: (p: { page: number; pages: number }) => `第${p.page}/${p.pages}页`,
	deckLabel: '幻灯片',
	/** One slide, for assistive technology. */
	slideLabel: (p: { slide: number; count: number }) => `第 ${p.slide} 张，共 ${p.count} 张`,
	/** A slide's thumbnail in the overview. */
	thumbLabel: (p: { slide: number; count: number; title: string }) =>
		`第 ${p.slide} 张，共 ${p.count} 张：${p.title}`,
	/** The cover's occasion until the speaker sets one in the presenter's view. */
	cover: '长清区发展数据简报',
	/** The cover's three targets: the latest figure's year, and the target beside it. */
	coverLatest: (p: { year: number }) => `${p.year}年实际`,
	coverTarget: (p: { year: number; value: string }) => `${p.year}年目标 ${p.value}`,
	/** The close: where the figures come from. */
	closeSources: '来源：',
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
	nextPage: '下一页',
	notes: '讲稿',
	clock: '时间',
	elapsed: '已用时',
	resetTimer: '计时归零',
	/** The countdown to the talk's chosen length. */
	left: (p: { minutes: number }) => `剩余（共 ${p.minutes} 分钟）`,
	timerWaits: '翻到下一张时开始',
	/** The cover's settings, in the presenter's view. */
	coverSettings: '封面与时长',
	coverNote: '只保存在这台电脑上，按原样显示在封面。',
	coverField: { occasion: '场合', speaker: '报告人', date: '日期' },
	coverPlaceholder: {
		occasion: '如：长清区第×届人大×次会议',
		speaker: '姓名、职务',
		date: '如：2027年1月'
	},
	lengthField: '时长（分钟）',
	/** Choosing the slides, and the .pptx. */
	choose: '选择幻灯片',
	chooserTitle: '选择要讲的幻灯片',
	chooseAll: (p: { count: number }) => `全部 ${p.count} 张`,
	chooseShort: '精简版（约10分钟）',
	chooseNone: '清空',
	chosen: (p: { count: number }) => `已选 ${p.count} 张（另有封面、结束页和口径说明）`,
	cancel: '取消',
	apply: '使用这些幻灯片',
	printSlides: '打印幻灯片（16:9）',
	downloadPptx: '下载 PPT',
	/** The presenter's cue on the closing slide. */
	closeNotes: '如有提问，下一张是口径说明：数字怎么算、哪些不是实际数。',
	pptxFailed: 'PPT 没有生成：需要联网下载幻灯片的图片，请联网后再试',
	making: '正在生成…',
	end: '（最后一张）',
	/** Buttons for a mouse or a touch screen. */
	previous: '上一张',
	forward: '下一张',
	fullscreen: '全屏',
	openPresenter: '演讲者视图',
	openOverview: '总览',
	/** A slide's link to its chapter, for the handout's QR codes. */
	qr: (p: { chapter: string }) => `扫码打开“${p.chapter}”的动态图表`,
	handoutTitle: '长清 2020 → 2035：资料',
	/** Without scripts the deck cannot run: on screen and on paper, where to go instead. */
	noScript: '放映这份演示，浏览器需要运行脚本。不用脚本，可以读全文报道，打印它就是一份资料：',
	noScriptLink: '长清 2020 → 2035',
	handoutPoints: '各部分要点'
};
