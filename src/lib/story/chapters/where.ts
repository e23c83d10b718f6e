import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'where',
	chart: 'locator-map',
	steps: [
		{ id: 'city', state: 'city' },
		{ id: 'changqing', state: 'final' }
	]
};
