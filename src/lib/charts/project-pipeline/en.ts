import type { Words } from './zh';

export const words = {
	title: 'Key projects: yearly lists, reserve and investment',
	metric: {
		count: 'Number of key projects',
		investment: 'Investment completed on key projects in the year',
		signed:
			'Projects signed (2023: “signed and landed”; 2024: “signed and registered”, not necessarily the same count)'
	},
	kind: { reserve: 'In reserve (January)', plan: 'Planned', actual: 'Actual' },
	none: 'No data',
	total: '',
	theme: (p) => `“${p.name}”`,
	bar: (p) =>
		`${p.year}, ${p.kind.charAt(0).toLowerCase()}${p.kind.slice(1)}: ${p.value}${p.total ? `, worth ${p.total} in total` : ''}`,
	yearTheme: (p) =>
		`${p.theme} in ${p.year}${p.city ? ' (Jinan’s theme, carried out by Changqing)' : ''}`,
	describe: (p) =>
		`Bar chart. ${p.metric}: ${p.bars.join('; ')}. Under the bars, each year’s theme: ${p.themes}. Actual figures are solid bars, planned figures hatched, and the reserve list a dashed outline; the documents do not say how the reserve relates to the year’s list, and this report reads them as two lists.`,
	withTotal: (p) => `${p.value}, worth ${p.total} in total`,
	columns: ['Year', 'Actual, planned or in reserve', 'Value']
} satisfies Words;
