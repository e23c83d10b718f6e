/** The industry-pivot chart's words in Chinese, the reference for every other locale. */
export const words = {
	/** Under the chart on a phone, when its boxes do not all fit: the reader scrolls them. */
	browse: '上下滑动图表，可看全部产业',
	title: '产业体系：从三大主导、四大特色到“2+2”',
	/**
	 * A target beside its industry: "2025年主营业务收入目标"; `kind` is the figure's kind in words,
	 * `what` the measure: `revenue` for a bar, the metric's own name for any other.
	 */
	target: (p: { year: string; kind: string; what: string }) => `${p.year}${p.what}${p.kind}`,
	/** What the bars measure. */
	revenue: '主营业务收入',
	/** What each 2024 result counts, short enough for a box. */
	result: { biomedicine: '签约引进重点项目', 'online-audiovisual': '基地入驻企业' },
	/** A result beside its industry: "2024年签约引进重点项目". */
	resultLabel: (p: { year: string; what: string }) => `${p.year}${p.what}`,
	/** In the description: an industry with its 2025 target. */
	withTarget: (p: {
		industry: string;
		year: string;
		kind: string;
		metric: string;
		value: string;
	}) => `${p.industry}（${p.year}${p.kind}：${p.metric}${p.value}）`,
	/** In the description: an industry with its 2024 result. */
	withResult: (p: { industry: string; year: string; what: string; value: string }) =>
		`${p.industry}（${p.year}：${p.what}${p.value}）`,
	/** In the description: one tier and its industries. */
	tierList: (p: { tier: string; industries: string[] }) => `${p.tier}：${p.industries.join('、')}`,
	/** The description when one system is shown. */
	one: (p: { year: string; system: string; tiers: string[] }) =>
		`${p.year}${p.system}。${p.tiers.join('；')}。`,
	/** On a phone, under a 2023 industry: the 2021 ones this report pairs it with by name. */
	paired: (p: { names: string[] }) => `对应原来的${p.names.join('、')}（本报道的对照）`,
	/** In the description: a 2023 industry and the 2021 ones it grew out of. */
	link: (p: { industry: string; from: string[] }) => `${p.industry}对应${p.from.join('、')}`,
	/** The description when both systems are shown, linked. */
	both: (p: {
		before: { year: string; system: string };
		after: { year: string; system: string };
		links: string[];
	}) =>
		`左列是${p.before.year}的${p.before.system}，右列是${p.after.year}的${p.after.system}，连线是本报道按名称所作的对照，文件没有写明承接关系：${p.links.join('；')}。`,
	// what each target measures differs: said once, in the caption, not in a column's name that a
	// phone's table repeats on every row
	caption: '两套产业体系（各项目标衡量的指标不同）',
	columns: ['产业', '体系', '层级', '2025年目标或2024年进展'],
	/** A result in the table: "签约引进重点项目15个". */
	/** A target in the table, named by what it measures: "…主营业务收入240亿元". */
	targetCell: (p: { metric: string; value: string }) => `${p.metric}${p.value}`,
	resultCell: (p: { what: string; value: string }) => `${p.what}${p.value}`,
	/** A table cell with nothing to show. */
	none: '—',
	/**
	 * A slide's table in the .pptx (present/native.ts), by the system it shows: the 2021 one
	 * with its targets, the 2023 one with its results, or the 2023 one matched to 2021's.
	 */
	slideColumns: {
		before: ['产业', '层级', '2025年目标（各项指标不同）'],
		after: ['产业', '层级', '2024年进展'],
		/** `before`, `after`: the systems' years, as fmt.year writes them. */
		both: (p: { before: string; after: string }) => [
			`${p.after}产业`,
			'层级',
			`对应的${p.before}产业（本报道按名称对照）`
		]
	},
	/** The industries a newer one is matched to, in a cell. */
	matched: (p: { names: string[] }) => p.names.join('、')
};

export type Words = typeof words;
