/** The plan-targets chart's words in Chinese, the reference for every other locale. */
export const words = {
	/** Under the chart on a phone, when a step about every row lets the reader scroll them. */
	browse: (p: { rows: number }) => `上下滑动图表，可看全部${p.rows}项指标`,
	title: '“十四五”25项主要指标：2020年→2025年',
	/** Short names that fit a phone, by row number of 专栏1; the table gives the plan's own. */
	short: {
		1: '常住人口',
		2: '城镇化率',
		3: '地区生产总值增速',
		4: '规上工业增加值增速',
		5: '一般公共预算收入',
		6: '固定资产投资增速',
		7: '社会消费品零售总额',
		8: '数字经济占GDP比重',
		9: '“四新”经济占比',
		10: '研发经费占GDP比重',
		11: '万人有效发明专利',
		12: '进出口总额',
		13: '实际使用外资',
		14: '单位GDP能耗降低',
		15: '单位GDP用水量降低',
		16: '单位GDP碳排放降低',
		17: '空气质量优良天数比例',
		18: '城镇居民人均可支配收入',
		19: '农村居民人均可支配收入',
		20: '新增城镇就业（五年累计）',
		21: '基本养老保险参保率',
		22: '每千人口执业（助理）医师',
		23: '每千人口养老床位',
		24: '耕地保有量',
		25: '粮食综合生产能力'
	},
	/** After a row that is in a disagreement between sources, in the description and the table. */
	flagged: '（≠ 与其他数字有出入）',
	/** A binding (约束性) row's tag, and what the tag means. */
	tag: '约束性',
	tagTitle: '约束性指标',
	/** Each row's attribute, in the table: binding (约束性) or expected (预期性). */
	attribute: { binding: '约束性', expected: '预期性' },
	/** Over the bars: the change they show, "较2020年". */
	changeHead: (p: { year: string }) => `较${p.year}`,
	/** Over the targets (drawn hatched): "2025年目标"; `kind` is the word for a target. */
	targetHead: (p: { year: string; kind: string }) => `${p.year}${p.kind}`,
	/** Where a growth rate stands instead of a bar: "2020年增速 3.1% →". */
	rate: (p: { value: string; year: string }) => `${p.year}增速 ${p.value} →`,
	/** A growth-rate target: an average over the plan's five years, "年均9%" (`short` in the chart). */
	average: (p: { value: string; short: boolean }) => `年均${p.value}`,
	/** A share's planned rise, in percentage points: "+2.7个百分点", "+10个百分点以上", "超过10个百分点". */
	points: (p: { value: string; floor: 'none' | 'at-least' | 'over'; short: boolean }) =>
		`${p.floor === 'over' ? '超过' : ''}${p.value}个百分点${p.floor === 'at-least' ? '以上' : ''}`,
	/** Where a five-year total stands instead of a bar. */
	total: '五年累计',
	/** A baseline summed over the 13th plan's five years: "“十三五”累计 [28]%". */
	cumulative: (p: { value: string }) => `“十三五”累计 ${p.value}`,
	/** A baseline in its year: "2020年 59.8%". */
	atYear: (p: { year: string; value: string }) => `${p.year} ${p.value}`,
	/** The description before the bars are drawn. */
	overview: (p: { count: number; groups: string; groupCount: number }) =>
		`专栏1共${p.count}项指标，分为${p.groups}${p.groupCount}组。`,
	/** The description's lead: the binding rows, one group's rows, or all of them. */
	bindingLead: (p: { count: number }) => `约束性指标${p.count}项：`,
	groupLead: (p: { group: string; count: number }) => `${p.group}${p.count}项：`,
	allLead: (p: { count: number; from: string; to: string }) =>
		`全部${p.count}项，横条表示${p.to}目标比${p.from}数值高出的幅度（本报道的计算，是相对变化；比例类指标写提高的百分点，不画横条）：`,
	/** One row in the description, and how rows are joined and ended. */
	row: (p: { name: string; text: string }) => `${p.name}${p.text}`,
	rowSep: '；',
	end: '。',
	/** A row whose 2025 target is given in words; `cumulative` when the baseline is a 2016–20 total. */
	rowWords: (p: { from: string; value: string; to: string; target: string; cumulative: boolean }) =>
		`${p.cumulative ? '“十三五”五年累计' : p.from}${p.value}，${p.to}：${p.target}`,
	/** A growth rate, from its 2020 value to its target, a 2021–2025 average. */
	rowRate: (p: { from: string; to: string; before: string; after: string }) =>
		`${p.from}增速${p.before}，2021—2025年年均目标${p.after}`,
	/** A five-year total, from the 13th plan's to the 14th's. */
	rowTotal: (p: { before: string; after: string }) => `由${p.before}到${p.after}`,
	/** A level, from its 2020 value to its target, with the planned change. */
	rowChange: (p: { before: string; after: string; change: string }) =>
		`${p.before}→${p.after}（${p.change}）`,
	caption: '规划纲要专栏1“‘十四五’时期经济社会发展主要目标”',
	columns: (p: { from: string; to: string }) => ['指标', '组别', p.from, p.to, '属性']
};

export type Words = typeof words;
