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
		`A bar divided in proportion into three parts. The plan gives the split of Changqing’s value added at the end of the 13th Five-Year Plan (taken as 2020 in this report): ${p.parts}. ${p.focus}`,
	highlighted: (p) => `${p.sector} is highlighted.`,
	largest: (p) => `${p.sector} has the largest share.`,
	caption: 'Shares of value added by sector, end of the 13th Five-Year Plan',
	columns: ['Sector', 'Share']
} satisfies Words;
