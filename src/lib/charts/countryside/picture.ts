/**
 * Grain as a picture: the interactive chart's five bars from zero, capacity in the first colour
 * and output in the second, actual figures solid and targets hatched, each value written over
 * its bar and its name under it. The key sits above the bars and, at its right over the two
 * 2025 bars, the conflict note; those two bars' values carry its ≠. A state's other bars fade,
 * their words set in soft ink.
 */
import { definePicture } from '$lib/picture/types';
import { text, textHeight, type Mark } from '$lib/picture/scene';
import { widest, wrap } from '$lib/picture/text';
import { DIMMED } from '$lib/picture/palette';
import { drawn } from '../motion';
import { barLabel, lit, type CountrysideData, type CountrysideState, type Measure } from './spec';
import type { Words } from './zh';

/** Line height of the values and labels, as a multiple of their size. */
const LEADING = 1.3;
/** The conflict's sign, as the chart sets it beside a value and before its note. */
const SIGN = '≠';

export const picture = definePicture<CountrysideData, CountrysideState, Words>({
	layout(data, state, t, { x, y, width, measure, size, palette }) {
		const { w, fmt } = t;
		const marks: Mark[] = [];
		const right = x + width;
		const colour: Record<Measure, string> = {
			capacity: palette.accent,
			output: palette.secondary
		};

		// the key: a swatch and its words for each colour, and one hatched swatch for targets
		const swatch = size.small * 0.85;
		const entryGap = size.label;
		const keyEntries = [
			{ words: w.key.capacity, fill: palette.accent, hatch: false },
			{ words: w.key.output, fill: palette.secondary, hatch: false },
			{ words: w.key.hatched, fill: palette.accent, hatch: true }
		];
		const entryWidth = (words: string) =>
			swatch + size.small * 0.35 + measure.width(words, size.small);
		const keyWidth =
			keyEntries.reduce((sum, e) => sum + entryWidth(e.words), 0) +
			entryGap * (keyEntries.length - 1);

		// the conflict note, boxed as the chart boxes it: beside the key where it fits, else under it
		const conflicted = data.bars.some((b) => b.conflict);
		const noteLit = state.focus !== 'output';
		const notePad = size.small * 0.35;
		const signWidth = measure.width(`${SIGN} `, size.small, 700);
		const noteLines = wrap(w.conflict, width - 2 * notePad - signWidth, size.small, measure);
		const noteWidth = widest(noteLines, size.small, measure) + signWidth + 2 * notePad;
		const noteHeight = textHeight(noteLines.length, size.small, LEADING) + 2 * notePad;
		const keyHeight = Math.max(size.small, swatch);
		const beside = keyWidth + entryGap * 2 + noteWidth <= width;

		let cursor = x;
		const keyBase = y + (beside ? (noteHeight - keyHeight) / 2 : 0) + measure.ascent * size.small;
		for (const e of keyEntries) {
			marks.push(
				{
					type: 'rect',
					x: cursor,
					y: keyBase - measure.ascent * size.small + (size.small - swatch) / 2,
					width: swatch,
					height: swatch,
					fill: e.fill,
					hatch: e.hatch,
					...(e.hatch ? { stroke: e.fill, strokeWidth: 1.5 } : {})
				},
				text(cursor + swatch + size.small * 0.35, keyBase, e.words, size.small, {
					fill: palette.inkSoft
				})
			);
			cursor += entryWidth(e.words) + entryGap;
		}
		let top = y + (beside ? noteHeight : keyHeight);
		if (conflicted) {
			const noteTop = beside ? y : top + size.small * 0.6;
			const noteX = right - noteWidth;
			const base = noteTop + notePad + measure.ascent * size.small;
			const ink = noteLit ? palette.secondary : palette.inkSoft;
			marks.push(
				{
					type: 'rect',
					x: noteX,
					y: noteTop,
					width: noteWidth,
					height: noteHeight,
					rx: 2,
					fill: 'none',
					stroke: palette.secondary,
					strokeWidth: 1.5,
					opacity: noteLit ? 1 : DIMMED
				},
				text(noteX + notePad, base, SIGN, size.small, { weight: 700, fill: ink }),
				text(noteX + notePad + signWidth, base, noteLines, size.small, {
					fill: ink,
					leading: LEADING
				})
			);
			if (!beside) top = noteTop + noteHeight;
		}

		// the bars: a band scale as the chart's (inner padding a quarter, outer a tenth of a step)
		const n = data.bars.length;
		const step = width / (n - 0.25 + 2 * 0.1);
		const band = step * 0.75;
		const left = (i: number) => x + step * 0.1 + i * step;
		/**
		 * What a value or a label may take: a little wider than its bar, and a quarter em short of
		 * a step, so that two neighbours, each centred on its bar, stay that far apart.
		 */
		const room = Math.min(step * 0.95, step - size.value * 0.25);
		const max = Math.max(...data.bars.map((b) => b.figure.value)) * 1.2;
		const plotHeight = width * 0.3;
		const signSpace = measure.width(SIGN, size.value, 700) + size.value * 0.2;

		// values set bold, so broken as bold; a conflict's sign after the last line
		const values = data.bars.map((b) =>
			wrap(fmt.quantity(b.figure), room - (b.conflict ? signSpace : 0), size.value, measure, 700)
		);
		const labels = data.bars.map((b) => wrap(barLabel(b, t), room, size.label, measure));
		const valueGap = size.value * 0.4;
		// the plot starts low enough for the tallest bar's value to stay under the key
		const overhang = Math.max(
			...data.bars.map(
				(b, i) =>
					textHeight(values[i]!.length, size.value, LEADING) +
					valueGap -
					plotHeight * (1 - b.figure.value / max)
			)
		);
		const plotTop = top + size.label * 0.8 + Math.max(0, overhang);
		const bottom = plotTop + plotHeight;

		data.bars.forEach((b, i) => {
			const on = lit(b, state);
			const barTop = bottom - (b.figure.value / max) * plotHeight;
			const centre = left(i) + band / 2;
			const hatched = drawn(b.figure.kind) === 'hatched';
			marks.push({
				type: 'rect',
				x: left(i),
				y: barTop,
				width: band,
				height: bottom - barTop,
				fill: colour[b.measure],
				hatch: hatched,
				...(hatched ? { stroke: colour[b.measure], strokeWidth: 1.5 } : {}),
				opacity: on ? 1 : DIMMED
			});

			// the value over the bar, bold where the state talks about it, every line centred on
			// the bar; a conflict's sign after the last line, the two centred together
			const lines = values[i]!;
			const first =
				barTop -
				valueGap -
				textHeight(lines.length, size.value, LEADING) +
				measure.ascent * size.value;
			const weight = on ? 700 : 400;
			const valueStyle = {
				anchor: 'middle' as const,
				weight,
				fill: on ? palette.ink : palette.inkSoft,
				leading: LEADING
			} as const;
			const head = lines.slice(0, -1);
			const last = lines[lines.length - 1] ?? '';
			const lastBase = first + head.length * size.value * LEADING;
			const lastMid = centre - (b.conflict ? signSpace / 2 : 0);
			if (head.length) marks.push(text(centre, first, head, size.value, valueStyle));
			marks.push(text(lastMid, lastBase, last, size.value, valueStyle));
			if (b.conflict)
				marks.push(
					text(
						lastMid + measure.width(last, size.value, weight) / 2 + size.value * 0.2,
						lastBase,
						SIGN,
						size.value,
						{ weight: 700, fill: on ? palette.secondary : palette.inkSoft }
					)
				);

			// its name under it
			marks.push(
				text(
					centre,
					bottom + size.label * 0.5 + measure.ascent * size.label,
					labels[i]!,
					size.label,
					{
						anchor: 'middle',
						fill: on ? palette.ink : palette.inkSoft,
						leading: LEADING
					}
				)
			);
		});
		marks.push({
			type: 'line',
			x1: x,
			x2: right,
			y1: bottom,
			y2: bottom,
			stroke: palette.inkSoft,
			strokeWidth: 1
		});

		const labelHeight = Math.max(...labels.map((l) => textHeight(l.length, size.label, LEADING)));
		return { marks, height: bottom + size.label * 0.5 + labelHeight - y };
	}
});
