import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Ecology and health',
	title: 'Landscape and health: air, forests and “Healthy Changqing”',
	intro: [
		'The 14th Five-Year Plan puts the share of days with good or excellent air quality in 2020 at {fig:good-air-days-2020-baseline}; the district’s 2024 government work report counts days instead: {fig:good-air-days-count-2023-actual} with good or excellent air in 2023. One is a share, the other a number of days, and the two documents do not say whether they are measured the same way. In 2023 all {fig:river-sections-class3-2023-actual} river sections monitored at city level or above met or bettered Class III, the middle grade of China’s five-grade scale for surface water.',
		'Among the achievements of the 13th plan, the plan says forest cover “reached” {fig:forest-cover-2020-baseline} (it gives no year; this report takes it as 2020). The 2024 work report set a forest-cover target of {fig:forest-cover-2024-target}, lower than that. The documents give no reason; this report’s guess is a change in how forest cover is counted, but the figures cannot be read as forest lost. The data desk lists both.'
	],
	steps: {
		intro: [
			'In 2021 the district government issued its “Implementing Opinions on Advancing the Healthy Changqing Action”, a policy document that set targets for a range of health indicators for 2022 and 2030. In the chart, each row is one indicator: squares are Shandong province’s baseline levels and dots Jinan’s (as listed in the document’s annex table; they are not figures for Changqing, and most carry no year), and diamonds are Changqing’s targets.'
		],
		prevention: [
			'Prevention first: health literacy (the share of residents with basic health knowledge and skills) is to reach {fig:health-literacy-2030-target} by 2030, above the {fig:health-literacy-2017-baseline-jinan} the annex table lists for Jinan as a whole; the share of people who exercise regularly is to reach {fig:health-regular-exercise-2030-target} by 2030.'
		],
		care: [
			'Mothers and infants: infant mortality is to fall to {fig:health-infant-mortality-2030-target} (deaths per thousand live births) by 2030, and maternal mortality to {fig:health-maternal-mortality-2030-target}; for both, lower is better.',
			'Both infant-mortality targets, for 2022 and for 2030, are higher than the Jinan baseline of {fig:health-infant-mortality-2017-baseline-jinan} listed in the annex table, and the opinions do not say why.'
		],
		conflicts: [
			'Some numbers do not match. For licensed (assistant) doctors per thousand people, the opinions set a 2022 target of {fig:doctors-per-1000-2022-target}, while the 14th Five-Year Plan, issued the same year, set a 2025 target of {fig:doctors-per-1000-2025-target}.',
			'The body of the opinions and its annex table also differ. For the share of people who exercise regularly, the text says {fig:health-regular-exercise-2022-target-text} by 2022 and the table {fig:health-regular-exercise-2022-target-table}; for premature mortality from major chronic diseases, the text says {fig:health-premature-ncd-mortality-2022-target-text} and the table {fig:health-premature-ncd-mortality-2022-target}. We keep all of these figures and flag them on the data desk.'
		]
	}
};
