/** The target-progress chart's words in Chinese, the reference for every other locale. */

export const words = {
	title: '2025年目标走到了哪一步',
	/** Before a baseline or latest value: "2020年". */
	at: (p: { year: number }) => `${p.year}年`,
	/** After the latest value: the share of the way covered. */
	done: (p: { share: string }) => `已完成 ${p.share}`,
	/** Before the target's value. */
	goal: (p: { year: number }) => `${p.year}目标`,
	/** The growth line: "已实现年均 +7.4%，尚需年均 +9.5%"; each rate follows its lead, bold. */
	rates: { achieved: '已实现年均', join: '，', needed: '尚需年均', perYear: '' },
	/** The key to the dashed tick. */
	elapsed: '时间已过去的比例',
	/** One row in the description. */
	row: (p: {
		metric: string;
		baselineYear: string;
		baseline: string;
		latestYear: string;
		latest: string;
		targetYear: string;
		target: string;
		progress: string;
		achieved: string;
		needed: string;
		status: string;
	}) =>
		`${p.metric}从${p.baselineYear}的${p.baseline}到${p.latestYear}的${p.latest}，` +
		`走完了到${p.targetYear}目标${p.target}的${p.progress}；` +
		`已实现年均增长${p.achieved}，此后需年均增长${p.needed}（${p.status}）`,
	describe: (p: { rows: string[] }) =>
		`进度条从2020年基数（左端）画到2025年目标（右端），竖线标出时间已过去的比例。${p.rows.join('。')}。`,
	caption: '2025年目标进度',
	columns: [
		'指标',
		'2020年',
		'最新',
		'2025年目标',
		'已完成',
		'已实现年均增长',
		'尚需年均增长',
		'状态'
	],
	/** The latest value with its year, in the table. */
	latest: (p: { value: string; year: string }) => `${p.value}（${p.year}）`
};

export type Words = typeof words;
