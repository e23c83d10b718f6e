import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Baseline',
	title: '2020: Changqing as the 13th Five-Year Plan closed',
	intro: [
		'The 14th Five-Year Plan measures change from 2020, its baseline year: the last year of the 13th plan (2016–2020). That year the stock of farmland was {fig:farmland-2020-baseline} (a mu, the unit of farmland, is a fifteenth of a hectare), and the plan says the University Town “boasts” {fig:university-town-colleges-2020-baseline} of higher education, with {fig:university-town-students-staff-2020-baseline} studying or teaching there.'
	],
	steps: {
		structure: [
			'Secondary industry (mainly manufacturing, mining and utilities, plus construction) had {fig:industry-share-secondary-2020-baseline}, the largest share; tertiary (mainly services) {fig:industry-share-tertiary-2020-baseline}; primary (mainly farming) the smallest.'
		]
	},
	notes: [
		'Looking back on the five years to 2020, the plan says the three sectors’ shares of GDP were “adjusted to” {num:industry-share-primary-2020-baseline} : {num:industry-share-secondary-2020-baseline} : {num:industry-share-tertiary-2020-baseline}. It gives no year; this report takes it as 2020.',
		'General public budget revenue is the tax and other income of the government’s main budget.'
	],
	slides: {
		structure: {
			title: 'Secondary industry had the largest share of the economy',
			lines: [
				'Secondary industry: {fig:industry-share-secondary-2020-baseline}; tertiary: {fig:industry-share-tertiary-2020-baseline}',
				'University Town: {fig:university-town-colleges-2020-baseline} of higher education'
			]
		}
	}
};
