import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'industry',
	chart: 'industry-pivot',
	steps: [
		{ id: 'before', state: 'revenue' },
		{ id: 'results', state: 'results' },
		{ id: 'both', state: 'final' }
	]
};
