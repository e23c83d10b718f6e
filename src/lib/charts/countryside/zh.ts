/** The countryside chart's words in Chinese, the reference for every other locale. */
export const words = {
	title: '粮食：产能、产量与目标（万吨）',
	measure: { capacity: '产能', output: '产量' },
	/** Where the plan states a figure it states twice. */
	place: { table: '（表）', text: '（正文）' },
	/** A bar's name under it: "2020年产能", "2025年产能目标（表）"; `year` as fmt.year writes it. */
	label: (p: { year: string; measure: string; target: boolean; place: string }) =>
		`${p.year}${p.measure}${p.target ? '目标' : ''}${p.place}`,
	/** The key above the bars. */
	key: { capacity: '产能', output: '产量', hatched: '斜线：目标' },
	conflict: '两处写的数不同（一处是目标，一处是底线）：见“数据”页',
	describe: (p: { bars: string[] }) =>
		'柱形图，单位万吨；产能（能生产多少）与产量（实际收获多少）颜色不同，实心柱是实际数，斜线柱是目标。' +
		p.bars.join('；') +
		'。',
	/** One bar in the description; `value` as fmt.quantity writes it. */
	bar: (p: { label: string; value: string; conflict: boolean }) =>
		`${p.label}${p.value}${p.conflict ? '（与另一处说法不一致）' : ''}`,
	caption: '粮食综合生产能力与粮食产量',
	columns: ['项目', '类别', '数值'],
	category: { capacity: '综合生产能力', output: '产量' }
};

export type Words = typeof words;
