/**
 * How charts move between states: 300–800 ms, eased, and not at all for readers who ask for
 * reduced motion. Marks tween their numbers with Svelte's `Tween` and these options.
 */
import { cubicInOut } from 'svelte/easing';
import { prefersReducedMotion } from 'svelte/motion';

export const DURATION = 600;

/** Options for `Tween`: the duration is read at each change, so a reader's setting applies at once. */
export const tween = {
	duration: () => (prefersReducedMotion.current ? 0 : DURATION),
	easing: cubicInOut
};
