import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'vision',
	chart: 'timeline-2035',
	steps: [
		{ id: 'city', state: 'city' },
		{ id: 'vision', state: 'final' }
	]
};
