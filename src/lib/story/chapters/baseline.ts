import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'baseline',
	chart: 'industry-structure',
	steps: [{ id: 'structure', state: 'final' }]
};
