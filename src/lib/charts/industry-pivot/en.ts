import type { Words } from './zh';

export const words = {
	browse: 'Scroll the chart to see every industry',
	title: 'From seven priority industries to “2+2”',
	target: (p) => `${p.what}, ${p.year} ${p.kind}:`,
	revenue: 'Revenue',
	result: {
		biomedicine: 'Key projects signed',
		'online-audiovisual': 'Firms at the industry base'
	},
	resultLabel: (p) => `${p.what}, ${p.year}:`,
	withTarget: (p) => `${p.industry} (${p.year} ${p.kind}, ${p.metric.toLowerCase()}: ${p.value})`,
	withResult: (p) => `${p.industry} (${p.what.toLowerCase()} in ${p.year}: ${p.value})`,
	// industry names hold commas of their own, so a list of them takes semicolons
	tierList: (p) => `${p.tier}: ${p.industries.join('; ')}`,
	one: (p) => `${p.system} (${p.year}). ${p.tiers.join('. ')}.`,
	// a name inside a sentence starts lower case ("2021’s cultural and creative industries")
	paired: (p) =>
		`2021’s ${p.names.map((n) => (/^[A-Z][a-z]/u.test(n) ? n[0]!.toLowerCase() + n.slice(1) : n)).join(' and ')} (paired by this report)`,
	link: (p) => `${p.industry} matches ${p.from.join(' and ')}`,
	both: (p: {
		before: { year: string; system: string };
		after: { year: string; system: string };
		links: string[];
	}) =>
		`Two columns. Left, ${p.before.year}: ${p.before.system}. Right, ${p.after.year}: ${p.after.system}. Lines pair each newer industry with older ones by name, this report’s reading (the documents do not say which grew from which): ${p.links.join('; ')}.`,
	caption: 'The two industry systems (each target measures something different)',
	columns: ['Industry', 'System', 'Tier', '2025 target, or progress in 2024'],
	targetCell: (p) => `${p.metric}: ${p.value}`,
	resultCell: (p) => `${p.what}: ${p.value}`,
	none: '—',
	slideColumns: {
		before: ['Industry', 'Tier', '2025 target (each measures something different)'],
		after: ['Industry', 'Tier', 'Progress in 2024'],
		both: (p) => [
			`${p.after} industry`,
			'Tier',
			`Matching ${p.before} industries (this report’s reading of the names)`
		]
	},
	// industry names hold commas of their own, so a list of them takes semicolons
	matched: (p) => p.names.join('; ')
} satisfies Words;
