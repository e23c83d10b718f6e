import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'zones',
	chart: 'zones-schematic',
	steps: [
		{ id: 'zones', state: 'zones' },
		{ id: 'towns', state: 'towns' },
		{ id: 'manufacturing', state: 'manufacturing' },
		{ id: 'health', state: 'health' },
		{ id: 'farming', state: 'farming' },
		{ id: 'all', state: 'final' }
	]
};
