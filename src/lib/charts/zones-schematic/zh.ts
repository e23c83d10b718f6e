/** The zones-schematic chart's words in Chinese, the reference for every other locale. */
export const words = {
	title: '四大片区与十个街镇（示意图，非地图）',
	/** Under the drawing: it is a schematic, not a map. */
	note: '示意图：四大片区据2025年两会特别策划，街镇定位据规划纲要专栏4，按本报道归类，不表示地理位置。',
	/** The role columns' headings. */
	roles: {
		manufacturing: '制造',
		innovation: '创新',
		health: '康养',
		tourism: '旅游',
		farming: '农业'
	},
	/** The headings where a phone's columns are narrow; the table keeps the full ones. */
	rolesShort: {
		manufacturing: '制造',
		innovation: '创新',
		health: '康养',
		tourism: '旅游',
		farming: '农业'
	},
	/** What a row of the table is: a zone, a subdistrict (街道) or a town (镇). */
	kind: { zone: '片区', subdistrict: '街道', town: '镇' },
	/** One zone in the description: "高铁片区（……）". */
	zone: (p: { name: string; role: string }) => `${p.name}（${p.role}）`,
	zones: (p: { items: string[] }) => `四大片区：${p.items.join('；')}。`,
	/** The towns whose role names one role column. */
	roleTowns: (p: { count: number; role: string; towns: string }) =>
		`按本报道的归类，定位与${p.role}有关的街镇有${p.count}个：${p.towns}。`,
	/** One town and its role columns in the description. */
	townRoles: (p: { town: string; roles: string }) => `${p.town}：${p.roles}`,
	/** A town whose role names none of the columns. */
	none: '无',
	matrix: (p: { zones: string; items: string[] }) =>
		`${p.zones}十个街镇按规划定位归类（示意，非地理位置）：${p.items.join('；')}。`,
	caption: '片区与街镇的功能定位',
	columns: ['名称', '类型', '功能定位']
};

export type Words = typeof words;
