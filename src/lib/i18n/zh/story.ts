/** A small count in words, as a headline writes it: 两项, 三项 (11 and up in digits). */
const count = (n: number) => (n <= 10 ? '零一两三四五六七八九十'[n]! : String(n));

/** The story's own frame: its first screen, chapter menu and the words around derived numbers. */
export const story = {
	title: '长清 2020 → 2035｜从“十四五”起点到二〇三五年远景',
	description: '长清区2020年的发展基础、2025年目标的进展和2035年远景，每个数字都注明出处。',
	kicker: '济南市长清区 · 数据报道',
	heading: '长清 2020 → 2035',
	dek: '南倚泰山、西临黄河的长清，在“十四五”开局时站在哪里？定下了哪些目标？走到了哪一步？又望向怎样的二〇三五？',
	/** Under the first screen's words: who, when, how recent, where to write. */
	imprint: {
		published: (p: { date: string }) => `${p.date}发布`,
		sourcesUpTo: (p: { date: string }) => `资料截至${p.date}（所用最新一份文件的日期）`,
		feedback: '纠错与反馈：',
		between: ' · '
	},
	tocTitle: '章节',
	startReading: '向下滚动阅读',
	hint: '图表会随文字变化；也可以点图下的 ‹ › 逐步查看。',
	/** The key to the story's two marks, before their first use. */
	marks:
		'带虚线下划线的数字，点一下就能看原文出处；数字后的 ≠ 表示几份来源写的数不一致，出处里说明了差在哪里。',
	/** A chapter's own address, for sharing: /chapters/<id>/ (with its share card), which opens it in the story. */
	chapterLink: '本章链接',
	/** Folded under a chapter's steps: how its figures were counted, what the documents leave unsaid. */
	notesTitle: '怎么读这些数字',
	/** The last lines of every 怎么读这些数字 box, on the site only: slides and notes are spoken. */
	notesData: '每个数字的出处见“数据”页',
	notesSources: '所引文件的原文摘录，见“来源”页',
	notesJoin: '；',
	notesEnd: '。',
	/** The kicker before the title, unless the title starts with it ("乡村：乡村：…"). */
	chapterPageTitle: (p: { kicker: string; title: string; site: string }) =>
		`${p.title.startsWith(p.kicker) ? '' : `${p.kicker}${/：/u.test(p.title) ? ' · ' : '：'}`}${p.title}｜${p.site}`,
	/** A title that ends in a question mark takes no full stop after it. */
	chapterPageDescription: (p: { title: string }) =>
		`长清 2020 → 2035 数据报道中的一章：${p.title}${/[？！。]$/u.test(p.title) ? '' : '。'}每个数字都注明出处。`,
	readChapter: '阅读本章 ›',
	toToc: '目录',
	/** The end of the story: the documents every figure comes from. */
	sourcesTitle: '本报道依据的文件',
	sourcesLink: '每个数字的原文摘录，见“来源”页 ›',
	baselineLabel: '2020年主要数字',
	/** 一图读懂: the story at a glance as one long picture, for WeChat. */
	glance: {
		title: (p: { site: string }) => `一图读懂：${p.site}`,
		/** Between a chapter's kicker and its title over its chart. */
		between: '｜'
	},
	/** 我的街镇, in the zones chapter: each subdistrict and town, opened to read its role. */
	myTown: {
		title: '我的街镇',
		lede: (p: { count: number }) =>
			`长清有${p.count}个街道和镇。点开你住的那一个，看“十四五”规划给它定的功能。`,
		role: '规划纲要专栏4：',
		quote: (p: { text: string }) => `“${p.text}”`,
		columns: '按本报道的归类：'
	},
	/** The first screen's point: where Changqing stands between 2020, 2025 and 2035. */
	hero: {
		/** Over the finding: this box is the whole story in brief. */
		title: '三十秒读懂',
		/** The finding, from the rows' statuses: how many targets grow more slowly than they need. */
		headline: (p: { year: number; rows: number; behind: number }) =>
			p.behind === p.rows
				? `到${p.year}年，能判断进度的${count(p.rows)}项2025年目标，增速都慢于按期达标所需`
				: p.behind === 0
					? `到${p.year}年，能判断进度的${count(p.rows)}项2025年目标，增速都赶得上按期达标所需`
					: `到${p.year}年，能判断进度的${count(p.rows)}项2025年目标中，${count(p.behind)}项增速慢于按期达标所需`,
		/** To the chapter that judges every target with a later figure. */
		toProgress: '逐项看进度',
		lede: (p: { year: number; elapsed: string; shares: string }) =>
			`到${p.year}年底，“十四五”规划期已过去${p.elapsed}；下面几项从基数到目标，分别走过了${p.shares}（本报道的计算）。`,
		caption: '2020年基数、最新数字与2025年目标',
		indicator: '指标',
		year: (p: { year: number }) => `${p.year}年`,
		target: (p: { year: number }) => `${p.year}年目标`,
		way: '已走过的路程',
		share: (p: { share: string }) => `走过全程的${p.share}`,
		elapsed: (p: { year: number }) => `虚线：到${p.year}年底规划期已过去的比例`,
		vision: '2035年远景：',
		visionNote: '。远景没有给出数字目标。'
	},
	/** How a number in the copy was computed from two figures. */
	howRatio: (p: { a: string; b: string }) => `${p.a}÷${p.b}`,
	howCagr: (p: { from: number; to: number }) => `${p.from}—${p.to}年年均增长，本报道由两端数值计算`,
	howGap: (p: { a: string; b: string }) => `${p.b}减${p.a}`,
	howSum: (p: { a: string; b: string; floor: boolean }) =>
		`${p.a}加${p.b}${p.floor ? '；两个下限相加，仍是下限' : ''}`,
	howNeeded: (p: { from: number; fromValue: string; to: number; toValue: string }) =>
		`按本报道的计算，从${p.from}年的${p.fromValue}到${p.to}年的${p.toValue}年均需增长的幅度`,
	/** Around a derived number's explanation, for screen readers. */
	aside: (p: { text: string }) => `（${p.text}）`
};
