/** The target-progress chart's words in Chinese, the reference for every other locale. */

export const words = {
	title: '2025年目标走到了哪一步',
	/** Under a phone's window on every row: the rest are a scroll away. */
	browse: (p: { rows: number }) => `上下滑动图表，可看全部${p.rows}项目标`,
	/** Before a baseline or later value: "2020年". */
	at: (p: { year: number }) => `${p.year}年`,
	/** After the later value: the share of the way covered. */
	done: (p: { share: string }) => `从基数到目标已走过 ${p.share}`,
	/** Before the target's value. */
	goal: (p: { year: number }) => `${p.year}年目标`,
	/**
	 * Around a target set as a growth rate (地区生产总值年均增长9%): it is a yearly average, not
	 * a level ("2025年目标 9%" read as a level).
	 */
	yearly: { before: '年均', after: '' },
	/** The growth line: "已实现年均 +7.4%，尚需年均 +9.5%"; each rate follows its lead, bold. */
	rates: { achieved: '已实现年均', join: '，', needed: '尚需年均', perYear: '' },
	/** After the growth still needed: the district's own target for 2024. */
	target2024: '2024年增长目标',
	/** Before the average-growth target of the same indicator and its status. */
	average: '年均增长目标',
	/** On a row whose later figure measures something else. */
	/** After a later figure that is only an estimate. */
	estimate: '（预计）',
	unlike: '不能直接比',
	/** The key to the dashed tick. */
	elapsed: '时间已过去的比例',
	/** One row on pace in the description. */
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
		target2024?: string | undefined;
	}) =>
		`${p.metric}从${p.baselineYear}的${p.baseline}到${p.latestYear}的${p.latest}，` +
		`从基数到${p.targetYear}目标${p.target}的路程已走过${p.progress}；` +
		`已实现年均增长${p.achieved}，此后需年均增长${p.needed}` +
		`${p.target2024 ? `，2024年的增长目标为${p.target2024}` : ''}（${p.status}）`,
	/** One row whose later figure cannot judge the target, in the description. */
	rowUnlike: (p: {
		metric: string;
		laterYear: string;
		later: string;
		laterMetric: string;
		targetYear: string;
		target: string;
		caveat: string;
		status: string;
	}) =>
		`${p.metric}：${p.targetYear}目标${p.target}；后续数字为${p.laterYear}${p.laterMetric}${p.later}` +
		`${p.caveat ? `。${p.caveat.replace(/。$/u, '')}` : ''}（${p.status}）`,
	describe: (p: { rows: string[] }) =>
		`有后续数字的2025年目标逐行列出。能比较的，进度条从2020年基数（左端）画到2025年目标（右端），竖线标出时间已过去的比例；不能直接比的，只列数字和说明。${p.rows.join('。')}。`,
	caption: '2025年目标进度',
	columns: [
		'指标',
		'2020年',
		'后续数字',
		'2025年目标',
		'已走过的路程',
		'已实现年均增长',
		'尚需年均增长',
		'2024年增长目标',
		'状态',
		'说明'
	],
	/** The later value with its year (and its own name, when it is another measure), in the table. */
	latest: (p: { value: string; year: string; metric: string }) =>
		`${p.metric ? `${p.metric} ` : ''}${p.value}（${p.year}）`
};

export type Words = typeof words;
