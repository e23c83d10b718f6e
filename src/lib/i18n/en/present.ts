/** The presentation at /present/: slides for a projector, the presenter's view, the handout. */
import type { present as zh } from '../zh/present';

export const present: typeof zh = {
	pageTitle: (p) => `Presentation: ${p.site}`,
	pageDescription:
		'The Changqing 2020 → 2035 report as slides: one chart and one passage of the report per slide, for a keyboard or a clicker, working offline.',
	presenterTitle: (p) => `Presenter view: ${p.site}`,
	presenterDescription: 'The presenter’s view: the current and next slide, notes and a timer.',
	counter: (p) => `${p.slide} / ${p.count}`,
	deckLabel: 'Slides',
	slideLabel: (p) => `Slide ${p.slide} of ${p.count}`,
	thumbLabel: (p) => `Slide ${p.slide} of ${p.count}: ${p.title}`,
	cover: 'A data report',
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
	notes: 'Notes',
	clock: 'Time',
	elapsed: 'Elapsed',
	resetTimer: 'Reset timer',
	end: '(last slide)',
	previous: 'Previous slide',
	forward: 'Next slide',
	fullscreen: 'Full screen',
	openPresenter: 'Presenter view',
	openOverview: 'Overview',
	qr: (p) => `Scan to open the live chart of “${p.chapter}”`,
	handoutTitle: 'Changqing 2020 → 2035: handout'
};
