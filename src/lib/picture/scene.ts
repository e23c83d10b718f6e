/**
 * A picture as marks: what a chart's picture layout returns and what `Scene.svelte` draws as
 * SVG. Coordinates are absolute px in the picture (no transforms), so every text's box can be
 * known exactly, checked for overlaps, and later turned into other formats (a slide's shapes).
 */
import type { Measure, Weight } from './text';

interface Paint {
	/** A colour; `none` for no fill. */
	fill?: string;
	stroke?: string;
	strokeWidth?: number;
	/** An SVG dash array, e.g. "6 4". */
	dash?: string;
	opacity?: number;
	/** Diagonal hatching in the fill colour over a pale ground: what is aimed at, not reached. */
	hatch?: boolean;
}

export type Mark =
	| ({ type: 'rect'; x: number; y: number; width: number; height: number; rx?: number } & Paint)
	| ({ type: 'line'; x1: number; y1: number; x2: number; y2: number } & Paint)
	| ({ type: 'path'; d: string } & Paint)
	| ({ type: 'circle'; cx: number; cy: number; r: number } & Paint)
	| TextMark
	| Inset
	| Fade;

/** A band that fades what lies under it into `colour`, top to bottom: the end of a cut picture. */
export interface Fade {
	type: 'fade';
	x: number;
	y: number;
	width: number;
	height: number;
	colour: string;
}

/** Another scene drawn scaled into a box (a chart on a card): a nested SVG viewport. */
export interface Inset {
	type: 'inset';
	x: number;
	y: number;
	width: number;
	height: number;
	/** The inner scene and the size it was laid out at. */
	scene: Scene;
	viewWidth: number;
	/** How much of the scene's height to show, from its top; all of it by default. */
	viewHeight?: number;
}

/** One or more lines of text; `y` is the first line's baseline. */
export interface TextMark {
	type: 'text';
	x: number;
	y: number;
	lines: string[];
	size: number;
	weight?: Weight;
	anchor?: 'start' | 'middle' | 'end';
	fill?: string;
	opacity?: number;
	/** Line height as a multiple of the size; 1.35 by default. */
	leading?: number;
	/** Marks a run in another language than the picture's (Chinese names in English). */
	lang?: string;
	/** An outline in this colour under the letters, so they read across a boundary. */
	halo?: string;
}

/** What a chart's picture layout returns: its marks and the height they take. */
export interface Scene {
	marks: Mark[];
	height: number;
}

export const LEADING = 1.35;

/** A run of a line in one font, `dx` px from the line's start (and its width, where known). */
export interface Run {
	text: string;
	/** The family, where it is not the picture's first. */
	family?: string;
	dx: number;
	width?: number;
}

/** The baseline of line `i` of a text mark. */
export const baseline = (t: TextMark, i: number) => t.y + i * t.size * (t.leading ?? LEADING);

/** A text mark, with its defaults. */
export function text(
	x: number,
	y: number,
	lines: string | string[],
	size: number,
	more: Partial<Omit<TextMark, 'type' | 'x' | 'y' | 'lines' | 'size'>> = {}
): TextMark {
	return { type: 'text', x, y, lines: typeof lines === 'string' ? [lines] : lines, size, ...more };
}

/** The height a text of `n` lines takes, from the first line's top to the last line's bottom. */
export const textHeight = (n: number, size: number, leading = LEADING) =>
	n === 0 ? 0 : size + (n - 1) * size * leading;

/** A box: where a line of text is drawn. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
	/** What it says, for messages. */
	text: string;
}

/** The boxes of every line of every text mark, measured with the font. */
export function textBoxes(marks: readonly Mark[], measure: Measure): Box[] {
	return marks.flatMap((m) => {
		if (m.type !== 'text') return [];
		return m.lines
			.map((line, i) => ({ line, i }))
			.filter(({ line }) => line.trim() !== '')
			.map(({ line, i }) => {
				const width = measure.width(line, m.size, m.weight ?? 400);
				const anchor = m.anchor ?? 'start';
				const x = anchor === 'start' ? m.x : anchor === 'middle' ? m.x - width / 2 : m.x - width;
				const y = baseline(m, i) - measure.ascent * m.size;
				return { x, y, width, height: (measure.ascent + measure.descent) * m.size, text: line };
			});
	});
}

const overlap = (a: Box, b: Box, slack: number) =>
	a.x < b.x + b.width - slack &&
	b.x < a.x + a.width - slack &&
	a.y < b.y + b.height - slack &&
	b.y < a.y + a.height - slack;

/**
 * What is wrong with a picture's text: a line leaving the canvas, or two lines on each other
 * (by more than half a pixel). An empty list when nothing is.
 */
export function textProblems(
	marks: readonly Mark[],
	measure: Measure,
	canvas: { width: number; height: number }
): string[] {
	const boxes = textBoxes(marks, measure);
	const problems: string[] = [];
	const round = (n: number) => Math.round(n);
	for (const b of boxes) {
		if (
			b.x < -0.5 ||
			b.y < -0.5 ||
			b.x + b.width > canvas.width + 0.5 ||
			b.y + b.height > canvas.height + 0.5
		)
			problems.push(
				`"${b.text}" leaves the ${canvas.width}×${round(canvas.height)} canvas (x ${round(b.x)}–${round(b.x + b.width)}, y ${round(b.y)}–${round(b.y + b.height)})`
			);
	}
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++)
			if (overlap(boxes[i]!, boxes[j]!, 0.5))
				problems.push(`"${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`);
	return problems;
}

/** Every line of text a picture draws, each text mark's lines joined by a space. */
export const sceneText = (marks: readonly Mark[]) =>
	marks.flatMap((m) => (m.type === 'text' ? [m.lines.join(' ')] : []));
