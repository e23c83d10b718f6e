import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'zones',
	chart: 'zones-schematic',
	steps: [
		{ id: 'zones', state: 'zones' },
		{ id: 'all', state: 'final' }
	]
};
