/** Around every chart: its table view, source links and steppers. */
export const chart = {
	sourceColumn: '出处',
	/**
	 * Under a tall chart on a phone whose step shows only the rows it is about: in the story,
	 * "this passage's"; beside no passage (an embed, the gallery), how many.
	 */
	part: (p: { shown: number; rows: number; passage: boolean }) =>
		p.passage
			? `这里只列本段说到的${p.shown}项，共${p.rows}项`
			: `这里只列${p.shown}项，共${p.rows}项`,
	/** The same, where those rows do not all fit the phone's frame. */
	partBrowse: (p: { shown: number; rows: number; passage: boolean }) =>
		`${p.passage ? '本段说到的' : '这里列出'}${p.shown}项（共${p.rows}项），上下滑动可看全部`,
	/**
	 * Under a tall chart on a phone whose window starts below its first rows (a timeline at a
	 * later year), where no line says which rows it shows.
	 */
	above: (p: { n: number }) => `上方还有${p.n}项未显示，全部见“看表格”`,
	/**
	 * Under a phone's chart that does not fit its frame, where a finger's swipe scrolls the
	 * story, never the chart: the rest is in the table.
	 */
	tableRest: '这里放不下的各项，见“看表格”',
	/**
	 * The same, where the step is about some of the rows: how many, how many of them the frame
	 * holds (`fit`), and where all are. Short, as the line takes room from the window (at 360 px,
	 * three English lines cost a row).
	 */
	partTable: (p: { shown: number; rows: number; passage: boolean; fit: number }) =>
		p.fit < p.shown
			? `${p.passage ? '本段' : '这里'}${p.shown}项，放得下${p.fit}项；全部见“看表格”`
			: `${p.passage ? '本段' : '这里'}${p.shown}项（共${p.rows}项），全部见“看表格”`,
	sourceLink: '原文',
	/** Between two source links in one cell. */
	sourceJoin: '、',
	/** A source line under a headline number. */
	source: '来源',
	/** A document's title as cited. */
	docTitle: (p: { title: string }) => `《${p.title}》`,
	/** Before a source's name, after a quotation. */
	citeDash: '——',
	/** Beside a figure that belongs to a conflict, and in its tip. */
	conflict: '与其他数字有出入',
	/** After `conflict` in a figure's tip, before its link. */
	conflictColon: '：',
	/** Before an excerpt's English gloss (English pages only: Chinese pages show the excerpt alone). */
	gloss: '英译：',
	/** The link from a figure's tip to the conflict's note. */
	conflictMore: '见“数据”页的说明',
	/** The button that closes a figure's tip where it is a sheet along a phone's bottom edge. */
	closeTip: '关闭',
	/** In the tip of a figure that only looks comparable with another (no flag). */
	note: '与相近的数字不能直接比较',
	/**
	 * A Box 1 row read under the table's own column heads (2020年完成, 2025年目标, 年均增长（%）,
	 * 属性), shown in a figure's tip under the row as the source prints it.
	 */
	row: {
		place: (p: { no: number }) => `专栏1 第${p.no}行`,
		baseline: '2020年完成',
		target: '2025年目标',
		growth: '年均增长（%）',
		nature: '属性',
		binding: '约束性',
		expected: '预期性',
		/** Between cells. */
		between: '｜',
		/** Before the row as the table prints it, after its reading: the evidence, not for reading. */
		printed: '原表此行：'
	},
	showTable: '看表格',
	showChart: '看图',
	stepperLabel: '逐步查看本章图表',
	previous: '上一步',
	next: '下一步',
	/** The position in a chapter's steps: "2 / 4". */
	stepOf: (p: { step: number; count: number }) => `${p.step} / ${p.count}`
};
