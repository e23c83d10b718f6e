import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'on-track',
	chart: 'target-progress',
	steps: [
		{ id: 'revenue', state: 'revenue' },
		{ id: 'income', state: 'income' },
		{ id: 'rates', state: 'rates' },
		{ id: 'others', state: 'other' }
	]
};
