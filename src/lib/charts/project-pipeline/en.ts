import type { Words } from './zh';

export const words = {
	title: 'Project years: key projects and investment, year by year',
	metric: {
		count: 'Number of key projects',
		investment: 'Investment completed on key projects in the year',
		signed: 'Number of projects signed'
	},
	kind: { plan: 'Planned', actual: 'Actual' },
	theme: (p: { name: string }) => `“${p.name}”`,
	bar: (p: { year: string; kind: string; value: string; total?: string | undefined }) =>
		`${p.year}, ${p.kind.toLowerCase()}: ${p.value}${p.total ? `, worth ${p.total} in total` : ''}`,
	yearTheme: (p: { year: string; theme: string }) => `${p.theme} in ${p.year}`,
	describe: (p: { metric: string; bars: string[]; themes: string }) =>
		`Bar chart. ${p.metric}: ${p.bars.join('; ')}. Under the bars, each year’s theme: ${p.themes}. Planned figures are hatched bars, actual figures solid bars.`,
	withTotal: (p: { value: string; total: string }) => `${p.value}, worth ${p.total} in total`,
	columns: ['Year', 'Planned or actual', 'Value']
} satisfies Words;
