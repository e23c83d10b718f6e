import type { Words } from './zh';

export const words = {
	title: 'Changqing’s priority industries: from “3+4” to “2+2”',
	target: (p) => `${p.year} ${p.kind}:`,
	result: {
		biomedicine: 'Key projects signed',
		'online-audiovisual': 'Firms at the industry base'
	},
	resultLabel: (p) => `${p.what}, ${p.year}:`,
	withTarget: (p) => `${p.industry} (${p.year} ${p.kind}: ${p.value})`,
	withResult: (p) => `${p.industry} (${p.what.toLowerCase()} in ${p.year}: ${p.value})`,
	// industry names hold commas of their own, so a list of them takes semicolons
	tierList: (p) => `${p.tier}: ${p.industries.join('; ')}`,
	one: (p) => `${p.system} (${p.year}). ${p.tiers.join('. ')}.`,
	link: (p) => `${p.industry} builds on ${p.from.join(' and on ')}`,
	both: (p: {
		before: { year: string; system: string };
		after: { year: string; system: string };
		links: string[];
	}) =>
		`Two columns. Left, ${p.before.year}: ${p.before.system}. Right, ${p.after.year}: ${p.after.system}. Lines link each newer industry to the older ones it builds on: ${p.links.join('; ')}.`,
	caption: 'The two industry systems',
	columns: ['Industry', 'System', 'Tier', '2025 target, or progress in 2024'],
	resultCell: (p) => `${p.what}: ${p.value}`,
	none: '—'
} satisfies Words;
