import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'livelihood',
	chart: 'income-path',
	steps: [
		{ id: 'urban', state: 'urban' },
		{ id: 'rural', state: 'gap' }
	]
};
