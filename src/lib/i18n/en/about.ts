import type { about as zh } from '../zh/about';

export const about = {
	title: (p) => `About | ${p.site}`,
	description:
		'How this report was made: its method, the rule for judging progress towards targets, the reuse licence, embedding and how to report an error.',
	heading: 'About this report',
	method: {
		title: 'Where the numbers come from, and how they are checked',
		body: [
			[
				'This report uses public documents only: the outline of Changqing District’s 14th Five-Year Plan and Long-Range Objectives through 2035, the district’s opinions on carrying out the Healthy Changqing action, the district government’s 2024 work report, a special feature on Jinan’s 2025 “two sessions”, and two newspaper pages that give background. The list of documents and the original words behind every figure are on the ',
				{ link: 'sources', text: 'Sources' },
				' page. The documents are in Chinese, and so are the passages quoted from them; beside each passage is this report’s English gloss, a close rendering to check it by, not an official translation. The English text of the report is likewise this report’s own.'
			],
			[
				'Every figure is entered in the dataset one by one, with its indicator, its unit (as the document writes it), its year, its type (baseline, actual, estimate, target or plan), whether it is a level, a growth rate or a cumulative total, and the words of the document that state it. Each time the site is built, a program checks automatically that the quoted words appear verbatim in the document (ignoring only line breaks and spaces), that the number appears in them, that the unit, category and source are valid, and that no id is used twice. If any check fails, the site is not published.'
			],
			[
				'Where figures do not fit together, between documents or between two places in one, we keep all of them, list them side by side on the ',
				{ link: 'data', text: 'Data page' },
				' with an explanation, and leave the choice to the reader. Where the sources really disagree (two numbers for one measure, one measure of one year in different units, a document whose own numbers do not agree), every use in the story or a chart is marked ≠ “differs from another figure”; where figures only look comparable, the figure’s source note says so, without the mark. Five-year totals (given in square brackets in the plan), growth targets and targets for totals are recorded separately and never mixed. Wherever the text names this report as the source (“this report’s arithmetic”, “this report’s reading”, “this report’s comparison”, “as this report groups them” and the like), the calculation or the reading is ours, not the documents’.'
			]
		]
	},
	status: {
		title: 'What target progress means',
		caveat:
			'This is a mechanical comparison, not a verdict on anyone’s work: a target set for one year is judged only by that year’s figure, estimates do not count, and figures measured differently are not compared. Please read them with the original documents.'
	},
	reuse: {
		title: 'Reuse',
		body: [
			[
				'The dataset (',
				{ link: 'csv', text: 'CSV' },
				', ',
				{ link: 'json', text: 'JSON' },
				') and this site’s text and charts are published under the CC BY 4.0 licence: you may republish and adapt them freely, crediting “Changqing 2020 → 2035” and the original documents. The copyright in the original documents belongs to the authorities and media that published them.'
			]
		]
	},
	embed: {
		title: 'Embedding charts',
		body: [
			[
				'Every chart has its own permanent address (',
				{ code: '/embed/<chart-id>/' },
				'). Under each chart on the ',
				{ link: 'charts', text: 'charts page' },
				' are its embed code (an iframe and a small script: the iframe follows the chart’s height, and shows it at a default height where scripts cannot run), SVG and PNG downloads, and the figures it uses as CSV. An embedded chart carries its title, sources and credit, and links back to its chapter in the report.'
			]
		]
	},
	errors: {
		title: 'Found an error?',
		body: [
			[
				'Please tell us which figure it is (every figure has its own address on the sources page, such as ',
				{ code: '/sources/#gdp-2020-baseline' },
				'), and what you believe the correct figure and its source to be. Once we have checked it we will correct it. How to edit the dataset is explained in ',
				{ code: 'data/README.md' },
				' in the project’s code.'
			]
		]
	}
} satisfies typeof zh;
