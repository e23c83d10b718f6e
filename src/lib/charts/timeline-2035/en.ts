import type { Words } from './zh';

export const words = {
	browse: 'Scroll the chart to see every year',
	title: 'Timeline: 2020 → 2025 → 2035',
	titles: {
		baseline: 'The 13th Five-Year Plan ends',
		plan: 'The 14th Five-Year Plan outline is published',
		'main-city': 'Changqing joins Jinan’s main urban area',
		'plan-end': 'The 14th Five-Year Plan ends',
		vision: 'A modern central district of mountains and rivers',
		'gdp-per-capita': 'Per-capita GDP at a moderately developed level',
		'five-districts': 'A district strong in five fields'
	},
	theme: (p) => `“${p.name}”`,
	// the quotes stay in Chinese as evidence; these say what they mean. The description quotes
	// them again, so quotes inside take single marks
	gloss: {
		baseline:
			'laid a solid foundation for setting out on the new journey of building a modern central district of mountains and rivers',
		plan: 'sets out the main economic and social goals and tasks for the next five years, and sketches the long-range goals to 2035',
		'main-city':
			'The State Council approved the Jinan Territorial Spatial Master Plan (2021–2035), which places Changqing District within Jinan’s main urban area',
		'plan-end':
			'In the final year of the 14th Five-Year Plan, Changqing will take the ‘Year of raising project quality’ as its overall driver',
		vision:
			'a prosperous, strong, democratic, culturally advanced, harmonious and beautiful modern central district of mountains and rivers will rise in western Jinan',
		'gdp-per-capita': 'per-capita GDP will reach the level of moderately developed economies',
		'five-districts':
			'become a high-standard district strong in innovation and entrepreneurship, in intelligent manufacturing, in commercial services, in health and elderly care, and in culture and tourism',
		'theme-2023': 'focusing every effort on the ‘Year of project breakthroughs’',
		'theme-2024': 'taking the ‘Year of deepening projects’ as the overall driver of its work',
		'theme-2025': 'Changqing will take the ‘Year of raising project quality’ as its overall driver'
	},
	cite: (p) => `— ${p.source}`,
	gapNote: 'ten years',
	item: (p) => (p.gloss ? `${p.year}: ${p.title} (“${p.gloss}”)` : `${p.year}: ${p.title}`),
	describe: (p) =>
		`A vertical timeline from 2020 to 2035, with the ten years after 2025 drawn shorter. ${p.items.join('; ')}.`,
	caption: 'From 2020 to 2035',
	columns: ['Year', 'Milestone', 'What the source says (translated)', 'Document'],
	quoteCell: (p) => p.gloss ?? '—'
} satisfies Words;
