import type { site as zh } from '../zh/site';

export const site = {
	name: 'Changqing 2020 → 2035',
	skip: 'Skip to content',
	navLabel: 'Site',
	/** The other edition's name, in its own language: the language switch. */
	otherEdition: '中文',
	nav: { story: 'Report', data: 'Data', sources: 'Sources', about: 'About' }
} satisfies typeof zh;
