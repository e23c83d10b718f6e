import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'zones',
	chart: 'zones-schematic',
	steps: [
		{ id: 'zones', state: 'zones' },
		{ id: 'towns', state: 'towns' },
		{ id: 'all', state: 'final' }
	]
};
