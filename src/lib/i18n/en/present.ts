/** The presentation at /present/: slides for a projector, the presenter's view, the handout. */
import type { present as zh } from '../zh/present';

export const present: typeof zh = {
	pageTitle: (p) => `Presentation: ${p.site}`,
	pageDescription:
		'The Changqing 2020 → 2035 report as slides: one chart and one passage of the report per slide, for a keyboard or a clicker, working offline.',
	presenterTitle: (p) => `Presenter view: ${p.site}`,
	presenterDescription: 'The presenter’s view: the current and next slide, notes and a timer.',
	counter: (p) => `${p.slide} / ${p.count}`,
	page: (p) => `page ${p.page}/${p.pages}`,
	deckLabel: 'Slides',
	slideLabel: (p) => `Slide ${p.slide} of ${p.count}`,
	thumbLabel: (p) => `Slide ${p.slide} of ${p.count}: ${p.title}`,
	cover: 'A data briefing on Changqing District',
	coverLatest: (p) => `${p.year} actual`,
	coverTarget: (p) => `${p.year} target ${p.value}`,
	closeSources: 'Sources: ',
	endTitle: 'Sources',
	endLede:
		'Every figure comes from these documents; on the report’s site each figure shows its excerpt:',
	endLink: (p) => `The full report and data: ${p.url}`,
	keysHint:
		'→ next · ← back · F full screen · O overview · S presenter view · B black screen · G+number jump',
	overview: 'All slides',
	overviewHint: 'Choose a slide to jump to it; Esc or O closes',
	jump: (p) => `Go to slide ${p.digits || '…'} (Enter)`,
	blanked: 'Black screen: press B or . to return',
	now: 'Now',
	next: 'Next',
	nextPage: 'Next page',
	notes: 'Notes',
	clock: 'Time',
	elapsed: 'Elapsed',
	left: (p) => `Left (of ${p.minutes} min)`,
	timerWaits: 'starts at the next slide',
	coverSettings: 'Cover and length',
	coverNote: 'Kept on this computer only, and shown on the cover as typed.',
	coverField: { occasion: 'Occasion', speaker: 'Speaker', date: 'Date' },
	coverPlaceholder: {
		occasion: 'e.g. District People’s Congress, annual session',
		speaker: 'Name, title',
		date: 'e.g. January 2027'
	},
	lengthField: 'Length (minutes)',
	choose: 'Choose slides',
	chooserTitle: 'Choose the slides to give',
	chooseAll: (p) => `All ${p.count}`,
	chooseShort: 'Short edition (about 10 minutes)',
	chooseNone: 'Clear',
	chosen: (p) => `${p.count} chosen (plus the cover, the close and the notes on the figures)`,
	cancel: 'Cancel',
	apply: 'Use these slides',
	printSlides: 'Print slides (16:9)',
	downloadPptx: 'Download PPT',
	closeNotes:
		'For questions, the next slide explains how to read the figures: how they were computed and which are not actuals.',
	pptxFailed:
		'The PPT was not made: it needs the network for the slides’ pictures; try again online',
	making: 'Making it…',
	resetTimer: 'Reset timer',
	end: '(last slide)',
	previous: 'Previous slide',
	forward: 'Next slide',
	fullscreen: 'Full screen',
	openPresenter: 'Presenter view',
	openOverview: 'Overview',
	qr: (p) => `Scan to open the live chart of “${p.chapter}”`,
	handoutTitle: 'Changqing 2020 → 2035: handout',
	noScript:
		'Showing these slides needs the browser to run scripts. Without them, read the story, which prints as a handout:',
	noScriptLink: 'Changqing 2020 → 2035',
	handoutPoints: 'The points, chapter by chapter'
};
