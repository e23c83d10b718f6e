import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Health and ecology',
	title: '“Healthy Changqing”: health targets to 2030',
	intro: [
		'Ecology first: in 2023 Changqing had {fig:good-air-days-count-2023-actual} of good or excellent air, and all {fig:river-sections-class3-2023-actual} river sections monitored at city level or above met Class III or better, the middle of China’s five grades for surface water. The 2024 forest-cover target, {fig:forest-cover-2024-target}, is below the 2020 figure the plan records, {fig:forest-cover-2020-baseline}; the documents give no reason, and a lower target does not by itself mean forest was lost.',
		'The chart shows health targets for 2022 and 2030, set by the district’s Healthy Changqing opinions of 2021.'
	],
	steps: {
		prevention: [
			'Diamonds: Changqing’s targets. Squares and dots: Shandong’s and Jinan’s baselines in the opinions’ annex table, not Changqing’s.',
			'Prevention first, by 2030: health literacy {fig:health-literacy-2030-target} (Jinan’s listed baseline: {fig:health-literacy-2017-baseline-jinan}); regular exercise {fig:health-regular-exercise-2030-target}; the fitness standard met by {fig:health-fitness-standard-2030-target}.'
		],
		care: [
			'Mothers and infants: by 2030 infant mortality is to fall to {fig:health-infant-mortality-2030-target} and maternal mortality to {fig:health-maternal-mortality-2030-target}; lower is better.',
			'Infant-mortality targets for 2022 and 2030 both exceed Jinan’s baseline of {fig:health-infant-mortality-2017-baseline-jinan} in the annex table; the opinions do not say why.'
		],
		conflicts: [
			'In rows marked ≠ (figures differ), numbers do not match between documents or within one. The plainest case, licensed (assistant) doctors: the opinions set {fig:doctors-per-1000-2022-target} for 2022, yet the same year’s 14th Five-Year Plan set {fig:doctors-per-1000-2025-target} for 2025.'
		]
	},
	notes: [
		'Air: the plan gives the share of days with good or excellent air quality in 2020 as {fig:good-air-days-2020-baseline}; the 2024 work report gives a number of days for 2023. One is a share, the other a count, and neither document says they are worked out the same way, so this report does not join them into a trend.',
		'Forest: among the achievements of the 13th plan, the plan says forest cover “reached” {fig:forest-cover-2020-baseline}, with no year; this report takes it as 2020. This report’s guess is that the difference comes from a change in how forest cover is counted, but the documents do not say.',
		'The Healthy Changqing opinions are the district government’s “Implementing Opinions on Advancing the Healthy Changqing Action”, issued in 2021.',
		'Health literacy is the share of residents with basic health knowledge and skills. Most of the province’s and city’s baselines in the annex table carry no year; this report places them at 2017.',
		'The opinions’ text and annex table also differ. For the share of people who exercise regularly, the text says {fig:health-regular-exercise-2022-target-text} by 2022 and the table {fig:health-regular-exercise-2022-target-table} (in the table, {fig:health-regular-exercise-2030-target} is the 2030 target); for premature mortality from major chronic diseases, the text says {fig:health-premature-ncd-mortality-2022-target-text} and the table {fig:health-premature-ncd-mortality-2022-target}, one number in two units. On doctors, neither document says how it counts, so the figures do not join up. This report keeps all these figures.'
	],
	slides: {
		prevention: {
			title: 'Prevention first: targets for health literacy and exercise',
			lines: [
				'Health literacy, 2030: {fig:health-literacy-2030-target}; Jinan baseline: {fig:health-literacy-2017-baseline-jinan}',
				'Regular exercise, 2030: {fig:health-regular-exercise-2030-target}'
			]
		},
		care: {
			title: 'By 2030 infant and maternal mortality are to fall',
			lines: [
				'Infant mortality: {fig:health-infant-mortality-2030-target}; maternal: {fig:health-maternal-mortality-2030-target}',
				'Both infant targets exceed Jinan’s baseline of {fig:health-infant-mortality-2017-baseline-jinan}'
			]
		},
		conflicts: {
			title: 'Some figures differ between documents, or within one',
			lines: [
				'Licensed (assistant) doctors, the opinions: {fig:doctors-per-1000-2022-target} for 2022',
				'That year’s five-year plan: {fig:doctors-per-1000-2025-target} for 2025'
			]
		}
	}
};
