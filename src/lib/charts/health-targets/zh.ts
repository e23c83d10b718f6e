/** The health-targets chart's words in Chinese, the reference for every other locale. */
/** The notes after a row, in one pair of brackets: "（越低越好；与其他数字有出入，见“数据”页）". */
const aside = (notes: (string | false)[]) => {
	const said = notes.filter((n): n is string => n !== false);
	return said.length ? `（${said.join('；')}）` : '';
};

export const words = {
	title: '健康长清：2022、2030年目标与全省、全市基期水平',
	/** Each row's short name, by indicator (series) id. */
	indicator: {
		'health-literacy': '居民健康素养水平',
		'health-regular-exercise': '经常参加体育锻炼',
		'health-fitness-standard': '体质测定合格以上',
		'doctors-per-1000': '每千人口执业（助理）医师',
		'health-infant-mortality': '婴儿死亡率',
		'health-maternal-mortality': '孕产妇死亡率'
	},
	/** The key above the rows, one entry per mark. The annex dates few of its baselines, so no year. */
	key: {
		province: '全省基期',
		city: '全市基期',
		t2022: (p: { year: number }) => `${p.year}年目标`,
		t2030: (p: { year: number }) => `${p.year}年目标`
	},
	/** Before the 2030 target at the end of each row's name line. */
	goal: (p: { year: number }) => `${p.year}年目标`,
	lowerIsBetter: '越低越好',
	conflict: '有出入',
	/** `base`, `early`, `late`: the baseline year and the two target years, as fmt.year writes them. */
	describe: (p: { base: string; early: string; late: string; rows: string[] }) =>
		`每行一个指标，各用自己的刻度：方块是附表所列山东省基期水平，圆点是济南市基期水平（附表大多未注年份，都不是长清的数字），斜线菱形是长清${p.early}目标，空心菱形是${p.late}目标。` +
		p.rows.join('；') +
		'。',
	/** One row in the description; values as fmt.quantity writes them. */
	row: (p: {
		name: string;
		/** The two target years, as fmt.year writes them. */
		early: string;
		late: string;
		province: string;
		city: string;
		t2022: string;
		t2030: string;
		lowerIsBetter: boolean;
		conflict: boolean;
	}) =>
		`${p.name}：全省${p.province}，全市${p.city}，${p.early}目标${p.t2022}，${p.late}目标${p.t2030}` +
		aside([p.lowerIsBetter && '越低越好', p.conflict && '与其他数字有出入，见“数据”页']),
	/** A row's name in a slide's table (the .pptx), with what the drawing says beside it. */
	named: (p: { name: string; lowerIsBetter: boolean; conflict: boolean }) =>
		p.name + aside([p.lowerIsBetter && '越低越好', p.conflict && '有出入']),
	caption: '健康长清行动主要指标',
	columns: (p: { base: string; early: string; late: string }) => [
		'指标',
		'山东省基期水平',
		'济南市基期水平',
		`长清${p.early}目标`,
		`长清${p.late}目标`
	]
};

export type Words = typeof words;
