import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'ecology-health',
	chart: 'health-targets',
	steps: [
		{ id: 'prevention', state: 'prevention' },
		{ id: 'care', state: 'care' },
		{ id: 'conflicts', state: 'conflicts' }
	]
};
