/** The timeline-2035 chart's words in Chinese, the reference for every other locale. */
export const words = {
	browse: '上下滑动图表，可看全部年份',
	title: '时间线：2020 → 2025 → 2035',
	/** Each quoted milestone's short title, by milestone id. */
	titles: {
		baseline: '“十三五”收官',
		plan: '“十四五”规划纲要印发',
		'main-city': '纳入济南主城区',
		'plan-end': '“十四五”收官',
		vision: '现代化山水魅力中心城区',
		'gdp-per-capita': '人均地区生产总值达中等发达水平',
		'five-districts': '五个“强区”'
	},
	/** A yearly theme's title, from its name in the lexicon: "“项目突破年”". */
	theme: (p: { name: string }) => `“${p.name}”`,
	/**
	 * The quotes in the reader's language, by milestone id. Chinese readers read the quotes
	 * themselves, so Chinese has none; other locales give one beside each quote.
	 */
	gloss: {} as Partial<Record<string, string>>,
	/** Who said it, after a quote. */
	cite: (p: { source: string }) => `——${p.source}`,
	/** Beside the shortened stretch of the axis after 2025. */
	gapNote: '十年',
	/** In the description: one milestone with its quote (`gloss` is for other locales). */
	item: (p: { year: string; title: string; quote: string; gloss?: string | undefined }) =>
		`${p.year}：${p.title}（“${p.quote.replaceAll('“', '‘').replaceAll('”', '’')}”）`,
	describe: (p: { items: string[] }) =>
		`竖向时间线，从2020年到2035年，2025年之后的十年压缩显示。${p.items.join('；')}。`,
	caption: '从2020年到2035年',
	columns: ['年份', '事件', '原文', '文件'],
	/** The table's quote column: the source's words. */
	quoteCell: (p: { quote: string; gloss?: string | undefined }) => p.quote
};

export type Words = typeof words;
