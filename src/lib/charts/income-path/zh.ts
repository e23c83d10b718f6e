/** The income-path chart's words in Chinese, the reference for every other locale. */
export const words = {
	title: '城乡居民人均可支配收入：实际与目标',
	series: { urban: '城镇居民', rural: '农村居民' },
	/** The label over a target point: "2025 目标". */
	targetPoint: (p: { year: number }) => `${p.year}年目标`,
	/** The picture's key to its three kinds of line (the page's description says it in words). */
	key: { actual: '实际数', plan: '基数到目标（本报道所画）', needed: '尚需：最新到目标' },
	/** A line of one kind for one series, in a key: "城镇居民（实际数）". */
	keyed: (p: { series: string; kind: string }) => `${p.series}（${p.kind}）`,
	/** Before the urban/rural ratios over the chart. */
	gapLabel: '城乡收入比：',
	/** After one ratio over the chart: "（2020年）"; at the targets' year, the ratio of the two targets (the plan sets none of its own). */
	ratioWhen: (p: { year: number; target: boolean }) =>
		`（${p.year}年${p.target ? '，两项目标之比' : ''}）`,
	/** One series in the description. */
	line: (p: {
		series: string;
		baseYear: string;
		baseline: string;
		latestYear: string;
		latest: string;
		achieved: string;
		targetYear: string;
		target: string;
		needed: string;
	}) =>
		`${p.series}人均可支配收入${p.baseYear}${p.baseline}，${p.latestYear}${p.latest}（按本报道的计算，年均增长${p.achieved}），` +
		`${p.targetYear}目标${p.target}，此后需年均增长${p.needed}`,
	/** One ratio in the description: "2020年2.56". */
	ratio: (p: { year: string; value: string }) => `${p.year}${p.value}`,
	gap: (p: { ratios: string; targetYear: string }) =>
		`按本报道的计算，城乡收入比${p.ratios}（${p.targetYear}为按两项目标计算）。`,
	describe: (p: { baseYear: string; targetYear: string; lines: string[]; gap: string }) =>
		`实线是实际数，虚线连接${p.baseYear}基数与${p.targetYear}目标（规划只给出两端），点线是从最新数字到目标还需走的路。${p.lines.join('；')}。${p.gap}`,
	caption: '城乡居民人均可支配收入',
	columns: ['', '2020年', '最新', '2025年目标', '尚需年均增长'],
	/** The latest value with its year, in the table: "51,484元（2023年）". */
	latestCell: (p: { value: string; year: string }) => `${p.value}（${p.year}）`
};

export type Words = typeof words;
