/** A chart embedded in another site (/embed/<id>/), and the embed tools on /charts/. */
export const embed = {
	/** The page title of an embed: the chart's title, then the site's name. */
	pageTitle: (p: { chart: string; site: string }) => `${p.chart}｜${p.site}`,
	/** An embed's description, for link previews. */
	pageDescription: (p: { chart: string; chapter: string }) =>
		`长清 2020 → 2035 数据报道的图表：${p.chart}（${p.chapter}）。每个数字都注明出处。`,
	/** Above the chart: which chapter of the report it belongs to. */
	chapter: (p: { kicker: string; title: string }) => `${p.kicker} · ${p.title}`,
	/** Before the list of source documents under the chart. */
	sources: '来源：',
	/** Between two source documents. */
	sourceJoin: '；',
	/** The credit line: who made the chart. */
	credit: (p: { site: string }) => `图表：${p.site}`,
	/** The link from an embed back to its chapter in the report, opening in the top window. */
	inStory: '在报道中查看 ›',
	/** On /charts/: the embed code and downloads of a chart. */
	embedCode: '嵌入代码',
	embedHint: '把这段代码粘贴到网页中：图表会按内容自动调整高度；没有脚本时也能按默认高度显示。',
	copy: '复制嵌入代码',
	copied: '已复制',
	copyFailed: '无法自动复制，请手动选中代码复制',
	downloads: '下载：',
	svg: 'SVG 矢量图',
	png: 'PNG 图片（2倍）',
	/** A picture laid out for a phone's width, for WeChat articles and chats. */
	phonePng: '手机版 PNG（微信用）',
	csv: 'CSV 数据',
	open: '单独打开'
};
