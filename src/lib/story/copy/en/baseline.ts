import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Baseline',
	title: '2020: Changqing as the 13th Five-Year Plan closed',
	intro: [
		'The 14th Five-Year Plan measures from 2020, the last year of the 13th (2016–2020). That year Changqing’s GDP was {fig:gdp-2020-baseline}, its general public budget revenue (the tax and other income of the government’s main budget) {fig:budget-revenue-2020-baseline} and its resident population {fig:population-2020-baseline}.'
	],
	steps: {
		structure: [
			'The economy is divided into three sectors: primary industry is mainly farming; secondary industry is mainly manufacturing, mining and utilities, plus construction; tertiary industry is mainly services. The plan, looking back on the five years to 2020, says the three sectors’ shares of GDP were “adjusted to” {num:industry-share-primary-2020-baseline} : {num:industry-share-secondary-2020-baseline} : {num:industry-share-tertiary-2020-baseline} (it gives no year; this report takes it as 2020).'
		],
		secondary: [
			'Secondary industry accounted for {fig:industry-share-secondary-2020-baseline}, the largest share of the three.'
		],
		tertiary: [
			'Tertiary industry accounted for {fig:industry-share-tertiary-2020-baseline}. The plan says Changqing’s University Town “boasts” {fig:university-town-colleges-2020-baseline} of higher education, with {fig:university-town-students-staff-2020-baseline} studying or teaching there.'
		],
		primary: [
			'Primary industry accounted for {fig:industry-share-primary-2020-baseline}, the smallest share; in 2020 Changqing’s stock of farmland was {fig:farmland-2020-baseline} (a mu is a fifteenth of a hectare). Rural Changqing is the subject of the “Countryside” chapter, later on.'
		]
	}
};
