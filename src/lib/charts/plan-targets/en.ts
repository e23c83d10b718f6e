import type { Words } from './zh';

/** "Tasks set by the city" reads as a target after a colon: "for 2025: tasks set by the city". */
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const words = {
	browse: (p) => `Scroll the chart to see all ${p.rows} indicators`,
	title: 'The plan’s 25 main indicators, 2020 → 2025',
	short: {
		1: 'Resident population',
		2: 'Urbanisation rate',
		3: 'GDP growth',
		4: 'Industrial growth',
		5: 'Public budget revenue',
		6: 'Investment growth',
		7: 'Retail sales',
		8: 'Digital economy share',
		9: '“Four new” economy share',
		10: 'R&D share of GDP',
		11: 'Patents per 10k people',
		12: 'Imports and exports',
		13: 'Foreign investment',
		14: 'Energy intensity cut',
		15: 'Water intensity cut',
		16: 'Carbon intensity cut',
		17: 'Share of good-air days',
		18: 'Urban income per head',
		19: 'Rural income per head',
		20: 'New urban jobs (5 yrs)',
		21: 'Pension coverage',
		22: 'Doctors per 1,000',
		23: 'Care beds per 1,000',
		24: 'Farmland retained',
		25: 'Grain capacity'
	},
	flagged: ' (≠ differs from another figure)',
	tag: 'binding',
	tagTitle: 'Binding indicator: a target the district government is obliged to meet',
	attribute: { binding: 'Binding', expected: 'Expected' },
	changeHead: (p) => `vs ${p.year}`,
	targetHead: (p) => `${p.year} ${p.kind}`,
	rate: (p) => `${p.year}: ${p.value} →`,
	average: (p) => (p.short ? `avg ${p.value}` : `${p.value} a year (2021–25 average)`),
	points: (p) =>
		`${p.floor === 'over' ? (p.short ? '>' : 'more than ') : ''}${p.value} ${p.short ? 'pts' : 'points'}${p.floor === 'at-least' ? ' or more' : ''}`,
	total: 'five-year total',
	cumulative: (p) => `2016–20: ${p.value}`,
	atYear: (p) => `${p.year}: ${p.value}`,
	overview: (p) =>
		`The plan’s table of main indicators (Box 1) lists ${p.count} indicators in ${p.groupCount} groups: ${p.groups}.`,
	bindingLead: (p) => `The ${p.count} binding indicators: `,
	groupLead: (p) => `${p.group}, ${p.count} indicators: `,
	allLead: (p) =>
		`All ${p.count} indicators; each bar shows how much higher the ${p.to} target is than the ${p.from} level, in percent (this report’s arithmetic; for shares, the rise in percentage points is given instead of a bar): `,
	row: (p) => `${p.name}: ${p.text}`,
	rowSep: '; ',
	end: '.',
	rowWords: (p) =>
		`${p.value} ${p.cumulative ? 'over 2016–20' : `in ${p.from}`}; for ${p.to}: ${lower(p.target)}`,
	rowRate: (p) =>
		`growth of ${p.before} in ${p.from}; a target of ${p.after} a year on average over 2021–2025`,
	rowTotal: (p) => `five-year total from ${p.before} to ${p.after}`,
	rowChange: (p) => `${p.before} → ${p.after} (${p.change})`,
	caption: 'Main indicators of the 14th Five-Year Plan (Box 1)',
	columns: (p) => ['Indicator', 'Group', p.from, p.to, 'Type']
} satisfies Words;
