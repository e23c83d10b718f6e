import type { Words } from './zh';

export const words = {
	title: 'Changqing’s economy by sector, 2020',
	sector: {
		primary: 'Primary industry',
		secondary: 'Secondary industry',
		tertiary: 'Tertiary industry'
	},
	part: (p) => `${p.sector.toLowerCase()} ${p.value}`,
	describe: (p) =>
		`A bar divided in proportion into three parts: in 2020, Changqing’s value added was split ${p.parts}. ${p.focus}`,
	highlighted: (p) => `The ${p.sector.toLowerCase()} is highlighted.`,
	largest: (p) => `The ${p.sector.toLowerCase()} has the largest share.`,
	caption: 'Shares of value added by sector, 2020',
	columns: ['Sector', 'Share']
} satisfies Words;
