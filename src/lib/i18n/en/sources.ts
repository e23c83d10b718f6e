import type { Rich } from '../zh/desk';
import type { sources as zh } from '../zh/sources';

export const sources = {
	title: (p) => `Sources | ${p.site}`,
	description:
		'The public documents this report is based on, with the passage behind every figure.',
	heading: 'Sources',
	lede: (p): Rich => [
		'The ',
		{ num: p.figures },
		` figures in this report come from the ${p.documents} public documents below. Under each figure is the passage of the document that states it, in the original Chinese (only line breaks and spaces have been merged), so it can be checked word for word, with this report’s English gloss beside it. All the figures can also be searched on the `,
		{ link: 'data', text: 'Data page' },
		'.'
	],
	tocTitle: 'Documents',
	tocCount: (p) => (p.n === 1 ? ` (${p.count} figure)` : ` (${p.count} figures)`),
	issuer: 'Issued by',
	date: 'Date',
	docNumber: 'Ref. no.',
	covers: 'Covers',
	context:
		'This document is mainly about places other than Changqing; the report cites only the figures in it that concern Changqing or give background.',
	note: (p) => `Note: ${p.note}`,
	conflictLink: '≠ This figure differs from another figure',
	noteLink: 'This figure cannot be compared directly with a similar one',
	none: 'The report does not yet cite any figures from this document.',
	conflictsTitle: 'Where the figures disagree, and where they cannot be compared',
	flagshipsTitle: 'The projects the plan named, and what became of them',
	flagshipsLede: (p) =>
		`Boxes 2 to 8 of the 14th Five-Year Plan name ${p.projects} flagship projects (Box 4 lists the roles of the subdistricts and towns, not projects). The ${p.documents} later documents clearly name ${p.named} of them, and may name ${p.unclear} more (under other names: it is not certain they are the same projects); the rest do not appear again in this report’s sources. Progress is classed by the later documents’ own words, not judged by this report; a project the sources do not mention may still be going ahead.`,
	flagshipColumns: ['Box', 'Project (the plan’s words)', 'What later documents say', 'Progress'],
	undated: 'No year given',
	laterWords: (p) => `${p.source} (${p.year}): `
} satisfies typeof zh;
