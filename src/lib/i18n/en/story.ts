import type { story as zh } from '../zh/story';

/** A small count in words, as a headline writes it (11 and up in digits). */
const count = (n: number) =>
	n <= 10
		? ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n]!
		: String(n);
/** Every one of n: "both" for two. */
const all = (n: number) => (n === 2 ? 'both' : `all ${count(n)}`);

export const story = {
	title: 'Changqing 2020 → 2035: from the 14th Five-Year Plan’s starting line to the 2035 vision',
	description:
		'Where Changqing District stood in 2020, how far it has come towards its 2025 targets, and its vision for 2035. Every number is sourced.',
	kicker: 'Changqing District, Jinan · A data report',
	heading: 'Changqing 2020 → 2035',
	dek: 'Changqing lies between Mount Tai and the Yellow River. Where did it stand in 2020, what did it aim for by 2025, how far has it come, and what does it hope to be by 2035?',
	imprint: {
		published: (p) => `Published ${p.date}`,
		sourcesUpTo: (p) => `Sources up to ${p.date} (the newest document used)`,
		feedback: 'Corrections and feedback: ',
		between: ' · '
	},
	tocTitle: 'Chapters',
	startReading: 'Scroll down to read',
	hint: 'The charts change as you read; you can also step through them with the ‹ › buttons below each chart.',
	/** The key to the story's two marks, before their first use. */
	marks:
		'Tap a number with a dotted underline to read its source; a ≠ after a number means the sources give different figures, and its source says how they differ.',
	chapterLink: 'Link to this chapter',
	/** Folded under a chapter's steps: how its figures were counted, what the documents leave unsaid. */
	notesTitle: 'How to read these figures',
	notesData: 'The Data page gives each figure’s source',
	notesSources: 'The Sources page quotes the documents themselves',
	notesJoin: '; ',
	notesEnd: '.',
	chapterPageTitle: (p: { kicker: string; title: string; site: string }) =>
		`${p.title.toLowerCase().replace(/^the /u, '').startsWith(p.kicker.toLowerCase()) ? '' : `${p.kicker}${/:/u.test(p.title) ? ' · ' : ': '}`}${p.title} | ${p.site}`,
	chapterPageDescription: (p: { title: string }) =>
		`A chapter of the data report Changqing 2020 → 2035: ${p.title}${/[?!.]$/u.test(p.title) ? '' : '.'} Every number is sourced.`,
	readChapter: 'Read this chapter ›',
	toToc: 'Contents',
	sourcesTitle: 'The documents behind this report',
	sourcesLink: 'Every figure’s excerpt is on the Sources page ›',
	baselineLabel: 'Key figures for 2020',
	glance: {
		title: (p) => `At a glance: ${p.site}`,
		between: ' | '
	},
	myTown: {
		title: 'My subdistrict or town',
		lede: (p) =>
			`Changqing has ${p.count} subdistricts and towns. Open yours to read the role the 14th Five-Year Plan gives it.`,
		role: 'Box 4 of the plan (translated):',
		quote: (p) => `“${p.text}”`,
		columns: 'Grouped by this report under:'
	},
	hero: {
		title: 'In thirty seconds',
		headline: (p) =>
			p.behind === p.rows
				? `By ${p.year}, ${all(p.rows)} indicators whose 2025 targets can be judged were growing too slowly to meet them on time`
				: p.behind === 0
					? `By ${p.year}, ${all(p.rows)} indicators whose 2025 targets can be judged were growing fast enough to meet them on time`
					: `By ${p.year}, ${count(p.behind)} of the ${count(p.rows)} indicators whose 2025 targets can be judged were growing too slowly to meet them on time`,
		toProgress: 'Every target, row by row',
		lede: (p) =>
			`By the end of ${p.year}, ${p.elapsed} of the 14th Five-Year Plan’s period had gone by; the indicators below had covered ${p.shares} of the way from their 2020 baselines to their 2025 targets (this report’s arithmetic).`,
		caption: '2020 baselines, latest figures and 2025 targets',
		indicator: 'Indicator',
		year: (p) => `${p.year}`,
		target: (p) => `${p.year} target`,
		way: 'Way covered',
		share: (p) => `${p.share} of the way`,
		elapsed: (p) => `Dashed line: share of the plan period gone by at the end of ${p.year}`,
		vision: 'The 2035 vision: ',
		visionNote: '. The vision sets no numbers.'
	},
	howRatio: (p) => `${p.a} ÷ ${p.b}`,
	howCagr: (p) =>
		`average yearly growth ${p.from}–${p.to}, worked out from the two end values by this report’s arithmetic`,
	howGap: (p) => `${p.b} minus ${p.a}`,
	howSum: (p) => `${p.a} plus ${p.b}${p.floor ? '; two floors add up to a floor' : ''}`,
	howNeeded: (p) =>
		`the average yearly growth needed to go from ${p.fromValue} in ${p.from} to ${p.toValue} in ${p.to}, by this report’s arithmetic`,
	aside: (p) => ` (${p.text})`
} satisfies typeof zh;
