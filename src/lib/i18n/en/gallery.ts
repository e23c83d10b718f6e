import type { gallery as zh } from '../zh/gallery';

export const gallery = {
	title: 'All charts | Changqing 2020 → 2035',
	description: 'Every chart in this report, in each of its states. Every number is sourced.',
	heading: 'All charts',
	lede: 'Every chart this report uses, in each state in which the story shows it.',
	wechat: {
		heading: 'Pictures for WeChat',
		lede: 'For an official account’s article or a chat: the whole report in one long picture, and an article cover; under each chart, a PNG for phones.',
		glance: 'At a glance (long PNG, 1080 px wide)',
		cover: 'Article cover (PNG, 900×383)'
	},
	state: 'State: '
} satisfies typeof zh;
