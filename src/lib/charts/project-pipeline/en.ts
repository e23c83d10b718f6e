import type { Words } from './zh';

export const words = {
	title: 'Project years: key projects and investment, year by year',
	metric: {
		count: 'Number of key projects',
		investment: 'Investment completed on key projects in the year',
		signed: 'Number of projects signed'
	},
	kind: { plan: 'Planned', actual: 'Actual' },
	theme: (p) => `“${p.name}”`,
	bar: (p) =>
		`${p.year}, ${p.kind.toLowerCase()}: ${p.value}${p.total ? `, worth ${p.total} in total` : ''}`,
	yearTheme: (p) => `${p.theme} in ${p.year}`,
	describe: (p) =>
		`Bar chart. ${p.metric}: ${p.bars.join('; ')}. Under the bars, each year’s theme: ${p.themes}. Planned figures are hatched bars, actual figures solid bars.`,
	withTotal: (p) => `${p.value}, worth ${p.total} in total`,
	columns: ['Year', 'Planned or actual', 'Value']
} satisfies Words;
