import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Introduction',
	title: 'Where is Changqing?',
	intro: [
		'Changqing is a district of Jinan, the capital of Shandong province in eastern China. Its five-year plan calls it “Jinan’s western gateway”. It is home to the University Town, a cluster of university campuses, and to large stretches of farmland.'
	],
	steps: {
		changqing: [
			'These are Jinan’s districts and counties today, including the two districts of the former Laiwu city, which joined Jinan in 2019; Changqing is the darker one. Its 14th Five-Year Plan, the district’s blueprint for 2021–2025, puts it “linked to Mount Tai to the south-east, right beside the Yellow River to the north-west”.'
		]
	},
	notes: ['The district and county boundaries on the map come from a public map dataset.'],
	slides: {
		changqing: {
			title: 'Changqing lies between Mount Tai and the Yellow River',
			lines: [
				'Mount Tai to the south-east, the Yellow River to the north-west',
				'Jinan today, with the former Laiwu city, which joined in 2019'
			]
		}
	}
};
