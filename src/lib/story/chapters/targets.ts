import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'targets',
	chart: 'plan-targets',
	steps: [
		{ id: 'strength', state: 'strength' },
		{ id: 'binding', state: 'binding' },
		{ id: 'all', state: 'together' }
	]
};
