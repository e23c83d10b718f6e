/**
 * The frame around a chart in its picture: the title and the chapter it belongs to over it,
 * the sources and the credit under it, a rule between. Sizes follow the picture's width, so
 * the same frame serves a 1200 px download and a smaller card.
 */
import { PALETTE } from './palette';
import { text, textHeight, type Mark, type Scene } from './scene';
import { wrap, type Measure } from './text';
import type { PictureBox } from './types';

/** The words around a chart: not part of its drawing. */
export interface FrameWords {
	title: string;
	/** A line under the title: the chapter. */
	subtitle?: string;
	/** "来源：……" */
	source: string;
	/** "图表：长清 2020 → 2035 · https://…" */
	credit: string;
}

/** Type sizes at a picture width: the download's 1200 px is the reference. */
export function sizes(width: number) {
	const k = width / 1200;
	return {
		pad: Math.round(48 * k),
		title: Math.round(40 * k),
		subtitle: Math.round(22 * k),
		label: Math.round(24 * k),
		value: Math.round(24 * k),
		small: Math.round(20 * k),
		source: Math.round(19 * k)
	};
}

/**
 * The frame's marks around `body`'s, and the picture's height. `typeWidth` sizes the type as for
 * a picture that wide (the picture's own width by default): a phone's picture is laid out narrow
 * and set in larger type, so that shown across a phone its text reads at the page's size.
 */
export function framed(
	words: FrameWords,
	width: number,
	measure: Measure,
	body: (box: PictureBox) => Scene,
	typeWidth = width
): Scene {
	const s = sizes(typeWidth);
	const inner = width - 2 * s.pad;
	const marks: Mark[] = [];
	let y = s.pad;

	const block = (content: string, size: number, fill: string, weight: 400 | 700 = 400) => {
		const lines = wrap(content, inner, size, measure, weight);
		marks.push(text(s.pad, y + measure.ascent * size, lines, size, { weight, fill }));
		y += textHeight(lines.length, size);
	};

	block(words.title, s.title, PALETTE.ink, 700);
	if (words.subtitle) {
		y += s.subtitle * 0.6;
		block(words.subtitle, s.subtitle, PALETTE.inkSoft);
	}
	y += s.pad * 0.75;
	const chart = body({
		x: s.pad,
		y,
		width: inner,
		measure,
		size: { label: s.label, value: s.value, small: s.small },
		palette: PALETTE
	});
	marks.push(...chart.marks);
	y += chart.height + s.pad * 0.75;
	marks.push({
		type: 'line',
		x1: s.pad,
		x2: width - s.pad,
		y1: y,
		y2: y,
		stroke: PALETTE.rule,
		strokeWidth: 1
	});
	y += s.source * 0.9;
	block(words.source, s.source, PALETTE.inkSoft);
	y += s.source * 0.4;
	block(words.credit, s.source, PALETTE.inkSoft);
	return { marks, height: Math.ceil(y + s.pad * 0.75) };
}
