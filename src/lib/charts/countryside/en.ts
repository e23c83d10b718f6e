import type { Words } from './zh';

export const words = {
	title: 'Grain: capacity, output and targets',
	measure: { capacity: 'capacity', output: 'output' },
	place: { table: ' (plan’s table)', text: ' (plan’s text)' },
	label: (p) => `${p.year} ${p.measure}${p.target ? ' target' : ''}${p.place}`,
	key: { capacity: 'Capacity', output: 'Output', hatched: 'Hatched: target' },
	conflict: 'The two passages give different numbers (a target and a floor): see the Data page',
	describe: (p) =>
		'A bar chart of grain. Production capacity (what the land can produce) and output (what was actually harvested) are drawn in different colours; solid bars are actual figures, hatched bars are targets. ' +
		p.bars.join('; ') +
		'.',
	bar: (p) =>
		`${p.label}: ${p.value}${p.conflict ? ' (at odds with the figure stated elsewhere)' : ''}`,
	caption: 'Grain production capacity and grain output',
	columns: ['Item', 'Measure', 'Value'],
	category: { capacity: 'Production capacity', output: 'Output' }
} satisfies Words;
