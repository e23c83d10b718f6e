import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Health and ecology',
	title: '“Healthy Changqing”: health targets to 2030',
	intro: [
		'Ecology first: in 2023 Changqing had {fig:good-air-days-count-2023-actual} with good or excellent air quality, and all {fig:river-sections-class3-2023-actual} river sections monitored at city level or above met or bettered Class III. The 2024 forest-cover target is {fig:forest-cover-2024-target}, lower than the {fig:forest-cover-2020-baseline} the plan records; the documents give no reason, and it cannot be read as forest lost.',
		'The chart is about health: in 2021 the district government issued its “Implementing Opinions on Advancing the Healthy Changqing Action”, setting 2022 and 2030 targets for a range of health indicators.'
	],
	steps: {
		prevention: [
			'Each row of the chart is one indicator, and diamonds are Changqing’s targets; squares and dots are Shandong’s and Jinan’s baselines from the opinions’ annex table, not figures for Changqing.',
			'Prevention first: health literacy is to reach {fig:health-literacy-2030-target} by 2030, above the {fig:health-literacy-2017-baseline-jinan} listed for Jinan; the share of people who exercise regularly is to reach {fig:health-regular-exercise-2030-target}.'
		],
		care: [
			'Mothers and infants: by 2030 infant mortality is to fall to {fig:health-infant-mortality-2030-target} and maternal mortality to {fig:health-maternal-mortality-2030-target}; for both, lower is better.',
			'Both infant-mortality targets, for 2022 and 2030, are above the Jinan baseline of {fig:health-infant-mortality-2017-baseline-jinan} in the annex table, and the opinions do not say why.'
		],
		conflicts: [
			'In the rows marked “figures differ”, the numbers do not match between documents or within one. The plainest case is licensed (assistant) doctors per thousand people: the opinions set {fig:doctors-per-1000-2022-target} for 2022, while the 14th Five-Year Plan of the same year set {fig:doctors-per-1000-2025-target} for 2025.'
		]
	},
	notes: [
		'Air: the plan gives the share of days with good or excellent air quality in 2020 as {fig:good-air-days-2020-baseline}; the 2024 work report gives a number of days for 2023. One is a share, the other a count, and neither document says they are worked out the same way, so this report does not join them into a trend. City-monitored river sections are those monitored at city level or above; Class III is the middle grade of China’s five-grade scale for surface water.',
		'Forest: among the achievements of the 13th plan, the plan says forest cover “reached” {fig:forest-cover-2020-baseline}, with no year; this report takes it as 2020. This report’s guess is that the difference comes from a change in how forest cover is counted, but the documents do not say.',
		'Health literacy is the share of residents with basic health knowledge and skills. Most of the province’s and city’s baselines in the annex table carry no year; this report places them at 2017.',
		'The opinions’ text and annex table also differ. For the share of people who exercise regularly, the text says {fig:health-regular-exercise-2022-target-text} by 2022 and the table {fig:health-regular-exercise-2022-target-table} (in the table, {fig:health-regular-exercise-2030-target} is the 2030 target); for premature mortality from major chronic diseases, the text says {fig:health-premature-ncd-mortality-2022-target-text} and the table {fig:health-premature-ncd-mortality-2022-target}, one number in two units. On doctors, neither document says how it counts, so the figures do not join up. This report keeps all these figures; the Data page gives each figure’s source.'
	]
};
