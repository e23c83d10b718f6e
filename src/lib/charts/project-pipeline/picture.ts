/**
 * The project pipeline as a picture: what the state's bars count over the chart, then one bar
 * per (year, list) slot on the interactive chart's band and value scales — solid for what was
 * done, hatched for what was planned, a dashed outline for January 2024's reserve list — each
 * with its kind and value over it (and, for signed projects, what they were worth). Every slot
 * stands on a rule of its own width, and under them each year, centred on its slots, with its
 * theme. Slots the state has no figure for keep their rule but stay empty, as in the
 * interactive chart, so the years keep their places between states.
 */
import { definePicture } from '$lib/picture/types';
import { text, textHeight, type Mark } from '$lib/picture/scene';
import { wrap, type Measure, type Weight } from '$lib/picture/text';
import { look, slotBand, valueTop } from './layout';
import { slots as slotsOf, YEARS, type PipelineData, type PipelineState } from './spec';
import type { ChartFigure } from '../types';
import type { Words } from './zh';

/**
 * `wrap` into as few lines as `maxWidth` allows, but as even as they go: the narrowest width
 * that needs no more lines, so no last line is left with one word.
 */
function balanced(
	content: string,
	maxWidth: number,
	size: number,
	measure: Measure,
	weight: Weight
) {
	const lines = wrap(content, maxWidth, size, measure, weight);
	let [lo, hi] = [0, maxWidth];
	for (let i = 0; i < 12; i++) {
		const mid = (lo + hi) / 2;
		if (wrap(content, mid, size, measure, weight).length <= lines.length) hi = mid;
		else lo = mid;
	}
	return wrap(content, hi, size, measure, weight);
}

export const picture = definePicture<PipelineData, PipelineState, Words>({
	layout(data, state, { w, lex, fmt }, { x, y, width, measure, size, palette }) {
		const slots = slotsOf(data, state);
		const band = slotBand()
			.domain(slots.map((s) => s.key))
			.range([x, x + width]);
		const top = valueTop(slots);
		const plot = width * 0.3;
		/** Labels over neighbouring bars keep a gap between them. */
		const room = band.step() - size.small * 0.5;
		const gap = size.small * 0.4;
		const marks: Mark[] = [];
		/** A figure as one unit for `wrap`: "CNY 17.9 billion" never breaks across lines. */
		const whole = (f: ChartFigure) => fmt.quantity(f).replace(/ /gu, '\u00a0');

		const metric = wrap(w.metric[state.metric], width, size.small, measure);
		marks.push(
			text(x, y + measure.ascent * size.small, metric, size.small, { fill: palette.inkSoft })
		);
		const below = y + textHeight(metric.length, size.small) + size.small * 0.8;

		/** Each bar's height and the labels over it: its kind, then its value (and total). */
		const bars = slots.flatMap((s) => {
			if (!s.figure) return [];
			const value = s.total
				? w.withTotal({ value: whole(s.figure), total: whole(s.total) })
				: whole(s.figure);
			const lines = balanced(value, room, size.value, measure, 700);
			const label =
				textHeight(1, size.small) + size.small * 0.3 + textHeight(lines.length, size.value);
			return [{ s, lines, label, height: (s.figure.value / top) * plot }];
		});
		// the plot starts low enough for the tallest stack of labels
		const lift = Math.max(0, ...bars.map((b) => b.label + gap - (plot - b.height)));
		const bottom = below + lift + plot;

		// a baseline under every slot, the same whether it holds a bar, an outline or nothing:
		// one across a year's slots would run, alone, through the gap between 2024's two
		for (const s of slots)
			marks.push({
				type: 'line',
				x1: band(s.key)!,
				x2: band(s.key)! + band.bandwidth(),
				y1: bottom,
				y2: bottom,
				stroke: palette.inkSoft,
				strokeWidth: 1
			});

		for (const b of bars) {
			const left = band(b.s.key)!;
			const kind = look(b.s);
			marks.push({
				type: 'rect',
				x: left,
				y: bottom - b.height,
				width: band.bandwidth(),
				height: b.height,
				...(kind === 'solid'
					? { fill: palette.accent }
					: kind === 'hatched'
						? { fill: palette.accent, stroke: palette.accent, strokeWidth: 1.5, hatch: true }
						: {
								fill: 'none',
								stroke: palette.ink,
								strokeWidth: 1.5,
								dash: `${size.small * 0.3} ${size.small * 0.2}`
							})
			});
			const centre = left + band.bandwidth() / 2;
			const labelTop = bottom - b.height - gap - b.label;
			marks.push(
				text(centre, labelTop + measure.ascent * size.small, w.kind[b.s.kind], size.small, {
					anchor: 'middle',
					fill: palette.inkSoft
				}),
				text(
					centre,
					labelTop + textHeight(1, size.small) + size.small * 0.3 + measure.ascent * size.value,
					b.lines,
					size.value,
					{ anchor: 'middle', weight: 700, fill: palette.ink }
				)
			);
		}

		// each year under its slots: the year, its theme
		let end = bottom;
		for (const year of YEARS) {
			const keys = slots.filter((s) => s.year === year).map((s) => band(s.key)!);
			const left = Math.min(...keys);
			const right = Math.max(...keys) + band.bandwidth();
			const centre = (left + right) / 2;
			const yearTop = bottom + size.small * 0.4;
			marks.push(
				text(centre, yearTop + measure.ascent * size.label, String(year), size.label, {
					anchor: 'middle',
					weight: 700,
					fill: palette.ink
				})
			);
			let yearEnd = yearTop + textHeight(1, size.label);
			if (data.themes.includes(year)) {
				const theme = wrap(
					w.theme({ name: lex.terms.theme[String(year)] ?? '' }),
					right - left,
					size.small,
					measure
				);
				const themeTop = yearEnd + size.small * 0.3;
				marks.push(
					text(centre, themeTop + measure.ascent * size.small, theme, size.small, {
						anchor: 'middle',
						fill: palette.accent
					})
				);
				yearEnd = themeTop + textHeight(theme.length, size.small);
			}
			end = Math.max(end, yearEnd);
		}

		return { marks, height: end - y };
	}
});
