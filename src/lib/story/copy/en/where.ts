import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Introduction',
	title: 'Where is Changqing?',
	intro: [
		'Changqing is a district of Jinan, the capital of Shandong province in eastern China. Its five-year plan calls it “Jinan’s western gateway”. It is home to the University Town, a cluster of university campuses, and to large stretches of farmland.'
	],
	steps: {
		city: [
			'This is Jinan’s districts and counties today, including the two districts of the former Laiwu city, which joined Jinan in 2019. The boundaries come from a public map dataset: see the note under the map.'
		],
		changqing: [
			'Changqing is the darker area. The district’s 14th Five-Year Plan, its blueprint for 2021–2025, describes its position as “linked to Mount Tai to the south-east, right beside the Yellow River to the north-west”.',
			'In 2020 Changqing had a resident population of {fig:population-2020-baseline} and a gross domestic product (GDP) of {fig:gdp-2020-baseline}.'
		]
	}
};
