/** The project-pipeline chart's words in Chinese, the reference for every other locale. */
export const words = {
	title: '重点项目：每年的清单、储备与投资',
	/** What each state's bars count, with its unit: the chart's own short labels. */
	metric: {
		count: '重点项目（个）',
		investment: '重点项目年度完成投资（亿元）',
		signed:
			'签约项目（个；2023年为“签约落地”，2024年为“签约注册”，说法不同，文件未说明统计范围是否一致）'
	},
	/** Over each bar, and in the table: planned or done. */
	kind: { reserve: '年初储备', plan: '计划', actual: '实际' },
	/** Written in a slot with no figure, so it does not read as zero. */
	none: '无数据',
	/**
	 * Before the money under a count of projects: what the count's projects invest, not the bar's
	 * height. Empty where the words would not fit the label (English: the amount alone, lighter).
	 */
	total: '投资',
	/** A year's theme under its bars: "“项目突破年”". */
	theme: (p: { name: string }) => `“${p.name}”`,
	/** One bar in the description: "2023年实际145个，总额…". */
	bar: (p: { year: string; kind: string; value: string; total?: string | undefined }) =>
		`${p.year}${p.kind}${p.value}${p.total ? `，总额${p.total}` : ''}`,
	/** One year's theme in the description: "2023年“项目突破年”（济南市的主题）". */
	yearTheme: (p: { year: string; theme: string; city: boolean }) =>
		`${p.year}${p.theme}${p.city ? '（济南市的主题，长清贯彻落实）' : ''}`,
	describe: (p: { metric: string; bars: string[]; themes: string }) =>
		`柱形图，${p.metric}：${p.bars.join('；')}。横轴标出每年项目工作的主题：${p.themes}。实际数用实心柱，计划数用斜线柱，储备清单用虚线框；文件没有说明储备清单与当年重点项目清单的关系，本报道把两者看作两份清单。`,
	/** A table cell with what the signed projects were worth. */
	withTotal: (p: { value: string; total: string }) => `${p.value}，总额${p.total}`,
	columns: ['年份', '实际、计划或储备', '数值']
};

export type Words = typeof words;
