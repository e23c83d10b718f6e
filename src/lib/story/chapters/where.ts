import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'where',
	chart: 'locator-map',
	steps: [{ id: 'changqing', state: 'final' }]
};
