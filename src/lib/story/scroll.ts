/**
 * Scrolling drives a stepper: the step whose top has passed a line across the viewport is the
 * active one (on a phone, a card's top: `cardLine`). Scrollama says when a step crosses the
 * line; which step is active is then read off the positions, so an event missed or out of
 * order cannot leave a wrong state, and once more when a scroll comes to rest, so a fast jump
 * lands on the right step.
 *
 * The reading, and the chart's change of state that follows, runs in a task of its own rather
 * than inside the scroll event: on a slow phone the two together made one frame over 50 ms.
 */
import type { DecimalType } from 'scrollama';
import type { Stepper } from './stepper.svelte';

/** An element's top and bottom, in px from the viewport's top. */
export interface Span {
	top: number;
	bottom: number;
}

/** The index of the last element reached: its top at or above `line` (px from the top); 0 if none. */
export function stepAt(spans: Span[], line: number): number {
	let found = 0;
	spans.forEach(({ top }, i) => {
		if (top <= line) found = i;
	});
	return found;
}

/**
 * A phone's line, as a share of the screen's height: where a card's top is as the card before
 * it, `gap` below that one and `gap` above this one, slides under the chart whose foot is at
 * `chart`. The chart turns as the card before leaves the reader's eye, not as this card's top
 * meets the chart: then four-fifths of a card was read beside the state before its own.
 */
export const cardLine = (chart: number, gap: number) => chart + 2 * gap;

/**
 * Makes scrolling past `steps()` drive `stepper`; `offset` is the line as a fraction of the
 * viewport's height. Calls `onenter` when a step is entered. While `paused()` (the page is
 * being printed, its charts in their final states), the scroll drives nothing. Returns a
 * function that stops it.
 */
export function followScroll(
	stepper: Stepper,
	steps: () => HTMLElement[],
	{
		offset,
		onenter,
		paused = () => false
	}: {
		offset: number;
		onenter?: () => void;
		paused?: () => boolean;
	}
): () => void {
	let stopped = false;
	let teardown = () => {};
	// the chapter's steps never change once it is on the page
	const els = steps();
	const read = () => {
		if (paused()) return;
		const height = window.innerHeight;
		stepper.go(
			stepAt(
				els.map((el) => el.getBoundingClientRect()),
				height * offset
			)
		);
	};
	read();
	let queued = false;
	const later = () => {
		if (queued) return;
		queued = true;
		setTimeout(() => {
			queued = false;
			if (!stopped) read();
		}, 0);
	};
	// Scrollama is needed only once scripts run; loading it here keeps it off the first paint.
	void import('scrollama').then(({ default: scrollama }) => {
		if (stopped) return;
		const scroller = scrollama();
		scroller
			// any share of the viewport: scrollama's types list only tenths (0.84 is a phone's)
			.setup({ step: els, offset: offset as DecimalType })
			.onStepEnter(() => {
				later();
				onenter?.();
			})
			.onStepExit(later);
		window.addEventListener('scrollend', later, { passive: true });
		teardown = () => {
			scroller.destroy();
			window.removeEventListener('scrollend', later);
		};
	});
	return () => {
		stopped = true;
		teardown();
	};
}
