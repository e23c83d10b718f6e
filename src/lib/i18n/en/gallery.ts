import type { gallery as zh } from '../zh/gallery';

export const gallery = {
	title: 'All charts | Changqing 2020 → 2035',
	description: 'Every chart in this report, in each of its states. Every number is sourced.',
	heading: 'All charts',
	lede: 'Every chart this report uses, in each state in which the story shows it.',
	state: 'State: '
} satisfies typeof zh;
