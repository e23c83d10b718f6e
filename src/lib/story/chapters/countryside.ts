import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'countryside',
	chart: 'countryside',
	steps: [
		{ id: 'grain', state: 'final' },
		{ id: 'output', state: 'output' },
		{ id: 'conflict', state: 'conflict' },
		{ id: 'specialty', state: 'final' }
	]
};
