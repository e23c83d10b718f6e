import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'industry',
	chart: 'industry-pivot',
	steps: [
		{ id: 'before', state: 'before' },
		{ id: 'revenue', state: 'revenue' },
		{ id: 'pivot', state: 'pivot' },
		{ id: 'results', state: 'results' },
		{ id: 'both', state: 'final' }
	]
};
