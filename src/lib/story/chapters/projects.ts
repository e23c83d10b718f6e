import type { Chapter } from '../types';

export const chapter: Chapter = {
	id: 'projects',
	chart: 'project-pipeline',
	steps: [
		{ id: 'investment', state: 'investment' },
		{ id: 'signed', state: 'signed' },
		{ id: 'count', state: 'final' }
	]
};
