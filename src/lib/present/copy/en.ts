import type { DeckCopy } from './types';

export const copy: DeckCopy = {
	close: {
		title: 'Thank you',
		lines: ['Every figure has its source’s words: the full report and data are online']
	},
	caveats: {
		title: 'How to read the figures',
		lines: [
			'The latest actuals in the sources are 2023’s: progress runs to 2023',
			'Growth achieved and growth needed are this report’s arithmetic',
			'A plan’s target and a year’s expected target are not actuals',
			'“Or more” figures are floors, and a sum of floors is a floor',
			'Where sources disagree, the notes and the site quote each'
		]
	}
};
