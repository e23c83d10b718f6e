import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'countryside',
	chart: 'countryside',
	steps: [{ id: 'grain', state: 'final' }]
};
