/** The words of the /about/ page in Chinese: its prose, paragraph by paragraph. */
import type { Rich } from './desk';

/** Paragraphs of prose, typed as such. */
const prose = (...paragraphs: Rich[]): Rich[] => paragraphs;

export const about = {
	/** The page's <title>, after which the site's name follows. */
	title: (p: { site: string }) => `关于｜${p.site}`,
	description: '本报道的方法、目标进度的判断规则、转载许可、嵌入方式和纠错渠道。',
	heading: '关于本报道',
	method: {
		title: '数字从哪里来，怎么核对',
		body: prose(
			[
				'本报道只使用公开文件：长清区“十四五”规划和二〇三五年远景目标纲要、健康长清行动实施意见、2024年区政府工作报告、2025年济南两会特别策划报道，以及两份提供背景的报纸版面。文件清单和每个数字的原文见',
				{ link: 'sources', text: '来源' },
				'页。'
			],
			[
				'每个数字都逐条录入数据集，记下指标、单位（照原文）、年份、类型（基期值、实际值、预计值、目标值或计划值）、是水平值还是增速或累计值，以及文件中写明它的原话。网站每次构建时，程序都会自动核对：原话是否逐字出现在文件中（只忽略换行和空格），数字是否出现在原话里，单位、类别、来源是否有效，编号是否重复。任何一条不符，网站就不会发布。'
			],
			[
				'不同文件（或同一文件的不同位置）的数字对不上时，我们都保留，在',
				{ link: 'data', text: '“数据”页' },
				'并排列出并说明，不替读者取舍。来源之间真有出入的（同一指标数字不一致、同一年份单位不同、同一份文件自身数字不相符），文章和图表中凡是用到，都标上≠“与其他数字有出入”；只是看起来相近、其实不能直接比较的，在数字的出处说明里注明，不标≠。方括号中的“五年累计数”、增速目标和总量目标分开记录，不混为一谈。文中凡标明出自本报道的（如“本报道的计算”“本报道的对照”“本报道的归类”），是我们的计算和解读，不是文件的原话。'
			]
		)
	},
	status: {
		title: '目标进度的含义',
		/** After the rule and the four statuses. */
		caveat:
			'这是机械的比较，不是对工作的评价：只定了一年的目标只用当年的实际数衡量，预计数不计，衡量的不是同一件事的数字不比较。请结合原文阅读。'
	},
	reuse: {
		title: '转载与再利用',
		body: prose([
			'数据集（',
			{ link: 'csv', text: 'CSV' },
			'、',
			{ link: 'json', text: 'JSON' },
			'）和本站文字、图表按 CC BY 4.0 许可发布：可自由转载、改编，请注明“长清 2020 → 2035”及原始文件出处。原始文件的版权属于其发布机关和媒体。'
		])
	},
	embed: {
		title: '嵌入图表',
		body: prose([
			'每张图表都有自己的固定网址（',
			{ code: '/embed/图表编号/' },
			'）。',
			{ link: 'charts', text: '全部图表' },
			'页上，每张图表下面都有嵌入代码（一个 iframe 加一小段脚本，图表的高度变化时 iframe 随之调整；网页不运行脚本时按默认高度显示）、SVG 和 PNG 图片下载，以及这张图所用数字的 CSV 文件。图表带有标题、出处和署名，并链接回报道中的相应章节。'
		])
	},
	errors: {
		title: '发现错误？',
		body: prose([
			'请告诉我们是哪个数字（来源页上每个数字都有自己的网址，例如 ',
			{ code: '/sources/#gdp-2020-baseline' },
			'），以及您认为正确的数字和出处。我们核实后会更正。数据集的编辑方法见项目代码中的 ',
			{ code: 'data/README.md' },
			'。'
		])
	}
};
