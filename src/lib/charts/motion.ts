/**
 * How charts move and fade, the same in every chart: 600 ms, eased, and not at all for readers
 * who ask for reduced motion; what a state does not highlight is dimmed to one opacity.
 */
import { cubicInOut } from 'svelte/easing';
import { prefersReducedMotion, Tween } from 'svelte/motion';
import type { Kind } from '$lib/data/schema';

export const DURATION = 600;

/** The opacity of whatever a state does not highlight: faded, still legible. */
export const DIMMED = 0.25;

/** Options for `Tween`: the duration is read at each change, so a reader's setting applies at once. */
export const tween = {
	duration: () => (prefersReducedMotion.current ? 0 : DURATION),
	easing: cubicInOut
};

/** Tweened opacities for a list of marks: 1 where `lit(i)` holds, `DIMMED` elsewhere. */
export function fade(lit: () => boolean[]): Tween<number[]> {
	return Tween.of(() => lit().map((on): number => (on ? 1 : DIMMED)), tween);
}

/**
 * The visual grammar of kinds: what happened (baseline, actual) is drawn solid; what is
 * aimed at or only expected (target, plan, estimate) is drawn hatched or outlined. Labels say the kind in words too.
 */
export function drawn(kind: Kind): 'solid' | 'hatched' {
	return kind === 'actual' || kind === 'baseline' ? 'solid' : 'hatched';
}

/**
 * How labels arrive in a new layout: they fade in where they belong instead of sliding there.
 * HTML that moves while a reader scrolls is a layout shift (shapes in SVG are not), so labels
 * are keyed by the layout they belong to and replaced, not moved.
 */
export const appear = () => ({ duration: prefersReducedMotion.current ? 0 : DURATION / 2 });
