import type { chart as zh } from '../zh/chart';

export const chart = {
	sourceColumn: 'Source',
	sourceLink: 'source',
	sourceJoin: ', ',
	source: 'Source',
	docTitle: (p) => p.title,
	citeDash: '— ',
	showTable: 'Show table',
	showChart: 'Show chart',
	stepperLabel: 'Step through this chapter’s chart',
	previous: 'Previous step',
	next: 'Next step',
	stepOf: (p) => `${p.step} / ${p.count}`
} satisfies typeof zh;
