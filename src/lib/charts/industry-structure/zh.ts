/** The industry-structure chart's words in Chinese, the reference for every other locale. */
export const words = {
	title: '长清区三次产业结构（“十三五”末）',
	sector: { primary: '第一产业', secondary: '第二产业', tertiary: '第三产业' },
	/** One sector in the description: "第一产业10%". */
	part: (p: { sector: string; value: string }) => `${p.sector}${p.value}`,
	describe: (p: { parts: string; focus: string }) =>
		`横条按比例分为三段：规划纲要记“十三五”末（本报道按2020年计）长清区三次产业占比为${p.parts}。${p.focus}`,
	highlighted: (p: { sector: string }) => `图中突出${p.sector}。`,
	largest: (p: { sector: string }) => `其中${p.sector}占比最高。`,
	caption: '三次产业占比（“十三五”末）',
	columns: ['产业', '占比']
};

export type Words = typeof words;
