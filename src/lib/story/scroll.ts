/**
 * Scrolling drives a stepper: the step whose top has passed a line across the viewport is the
 * active one, or, on a phone, the step whose card has come wholly into view, whichever is
 * first. Scrollama says when a step crosses the line, and an IntersectionObserver when a card
 * comes whole into view; which step is active is then read off the positions, so an event
 * missed or out of order cannot leave a wrong state, and once more when a scroll comes to rest,
 * so a fast jump lands on the right step.
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

/**
 * The index of the last element reached: its top at or above `line` (px from the top), or all
 * but `share` of its height above `screen` (the screen's foot: the card is on the screen, read,
 * but for a line or so at the edge); 0 if none.
 */
export function stepAt(spans: Span[], line: number, screen = -Infinity, share = 0): number {
	let found = 0;
	spans.forEach(({ top, bottom }, i) => {
		if (top <= line || bottom - share * (bottom - top) <= screen) found = i;
	});
	return found;
}

/**
 * Makes scrolling past `steps()` drive `stepper`; `offset` is the line as a fraction of the
 * viewport's height. With `whole`, a step is also reached once all but that share of its height
 * is on the screen (a phone's card, read in the free part under the chart: waiting for its top
 * to reach the chart's foot, the chart turned only as the card began to slide under it, and the
 * card was read beside the step before's state). Calls
 * `onenter` when a step is entered. While `paused()` (the page is being printed, its charts in
 * their final states), the scroll drives nothing. Returns a function that stops it.
 */
export function followScroll(
	stepper: Stepper,
	steps: () => HTMLElement[],
	{
		offset,
		whole,
		onenter,
		paused = () => false
	}: {
		offset: DecimalType;
		whole?: number;
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
				height * offset,
				whole === undefined ? -Infinity : height,
				whole
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
	// a step coming (all but `whole` of it) into view, or leaving it (a scroll back up)
	const seen =
		whole === undefined ? undefined : new IntersectionObserver(later, { threshold: 1 - whole });
	for (const el of els) seen?.observe(el);
	// Scrollama is needed only once scripts run; loading it here keeps it off the first paint.
	void import('scrollama').then(({ default: scrollama }) => {
		if (stopped) return;
		const scroller = scrollama();
		scroller
			.setup({ step: els, offset })
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
		seen?.disconnect();
		teardown();
	};
}
