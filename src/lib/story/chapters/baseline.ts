import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'baseline',
	chart: 'industry-structure',
	steps: [
		{ id: 'structure', state: 'final' },
		{ id: 'secondary', state: 'secondary' },
		{ id: 'tertiary', state: 'tertiary' },
		{ id: 'primary', state: 'primary' }
	]
};
