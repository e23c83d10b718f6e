/**
 * Story copy as plain text: a figure as its locale writes it, a derived number as the story
 * shows it. What a slide, the presenter's notes and the .pptx say, where no number opens a tip.
 */
import type { Format } from '$lib/format/format';
import type { Segment } from './copy';

export type Derived = Extract<Segment, { kind: 'derived' }>;

/** A derived number as the locale writes it: a ratio to two decimals, a growth rate in %, a sum with its unit and bound. */
export const derivedText = (d: Derived, fmt: Format): string =>
	d.how === 'ratio'
		? fmt.number(d.value, 2)
		: d.how === 'sum' || d.how === 'gap'
			? fmt.quantity({
					value: d.value,
					unit: d.unit!,
					...(d.qualifier ? { qualifier: d.qualifier } : {})
				})
			: fmt.percent(d.value);

/** One segment's text. */
export const segmentPart = (s: Segment, fmt: Format): string =>
	s.kind === 'text'
		? s.text
		: s.kind === 'figure'
			? s.bare
				? fmt.number(s.figure.value)
				: fmt.quantity(s.figure)
			: derivedText(s, fmt);

/** A paragraph as plain text. */
export const segmentText = (segments: Segment[], fmt: Format): string =>
	segments.map((s) => segmentPart(s, fmt)).join('');
