/**
 * The contract a chart's picture keeps: from the same prepared data, state and words as its
 * interactive drawing, a layout of marks at a fixed width, measured with the font's own
 * metrics. `src/lib/charts/<id>/picture.ts` defines one with `definePicture`.
 */
import type { BaseWords, ChartText } from '$lib/charts/types';
import type { PALETTE } from './palette';
import type { Scene } from './scene';
import type { Measure } from './text';

/** Where a chart's marks go in its picture, and what they are measured and coloured with. */
export interface PictureBox {
	/** The left edge and top of the chart's area, in px of the picture. */
	x: number;
	y: number;
	/** The width the marks must keep within; the height is theirs to decide. */
	width: number;
	measure: Measure;
	/** Type sizes in px: labels, values, and small print (notes, axes). */
	size: { label: number; value: number; small: number };
	palette: typeof PALETTE;
	/**
	 * Laid out for a projected slide (the .pptx), whose title and lines say the rest: the
	 * drawing with no words beside it that the slide says itself, and no text smaller than
	 * `size.label`. A picture that has nothing to leave out may ignore it.
	 */
	slide?: boolean;
}

export interface ChartPicture<Data, State, Words extends BaseWords> {
	/** The chart's marks in `state`, within `box`: pure, no I/O. */
	layout(data: Data, state: State, t: ChartText<Words>, box: PictureBox): Scene;
}

export function definePicture<Data, State, Words extends BaseWords>(
	picture: ChartPicture<Data, State, Words>
): ChartPicture<Data, State, Words> {
	return picture;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds pictures of every shape
export type AnyChartPicture = ChartPicture<any, any, any>;
