/**
 * Urban and rural incomes as a picture: a key to the three kinds of line, the urban/rural
 * ratios in the state that labels them, then the chart on the page's scales (years 2020–2025
 * across, yuan from 0 up), each series drawn as the page draws it: the plan's path from the
 * 2020 baseline to the 2025 target dashed, what happened solid, the way still to go dotted,
 * actual points solid and the target an outlined diamond. Every point carries its value and
 * each line its name, on the side its lines leave free and on a paper ground that breaks the
 * gridlines under it; the series a state does not talk about fades, its words kept legible in
 * soft ink.
 */
import { scaleLinear } from 'd3-scale';
import { DIMMED } from '$lib/picture/palette';
import { text, textHeight, type Mark } from '$lib/picture/scene';
import { wrap, type Weight } from '$lib/picture/text';
import { definePicture } from '$lib/picture/types';
import { MESSAGES } from '$lib/i18n/all-messages';
import { drawn } from '../motion';
import type { ChartFigure } from '../types';
import {
	lit,
	SPAN,
	YEARS,
	yTop,
	type Area,
	type IncomePathData,
	type IncomePathState
} from './spec';
import type { Words } from './zh';

/** One piece of the ratio line, in its own size and weight. */
interface Piece {
	text: string;
	size: number;
	weight: Weight;
	fill: string;
}

export const picture = definePicture<IncomePathData, IncomePathState, Words>({
	layout(data, state, { w, fmt, locale }, { x, y, width, measure, size, palette }) {
		const colour: Record<Area, string> = { urban: palette.accent, rural: palette.secondary };
		const small = size.small;
		const line = small * 1.35;
		const ascent = (s: number) => measure.ascent * s;
		const marks: Mark[] = [];
		let top = y;

		/** The three kinds of line, as the page draws them (in px of the page at 1200 px). */
		const k = small / 20;
		const kinds = {
			actual: (x1: number, y1: number, x2: number, y2: number, stroke: string): Mark[] => [
				{ type: 'line', x1, y1, x2, y2, stroke, strokeWidth: 4 * k }
			],
			plan: (x1: number, y1: number, x2: number, y2: number, stroke: string): Mark[] => [
				{ type: 'line', x1, y1, x2, y2, stroke, strokeWidth: 2 * k, dash: `${9 * k} ${7 * k}` }
			],
			// dot by dot, so the dots are round (a dash array's ends are square)
			needed: (x1: number, y1: number, x2: number, y2: number, fill: string): Mark[] => {
				const length = Math.hypot(x2 - x1, y2 - y1);
				const dots: Mark[] = [];
				for (let d = 8 * k; d < length - 6 * k; d += 8 * k)
					dots.push({
						type: 'circle',
						cx: x1 + ((x2 - x1) * d) / length,
						cy: y1 + ((y2 - y1) * d) / length,
						r: 1.6 * k,
						fill
					});
				return dots;
			}
		};

		// the key: a sample of each kind of line, in soft ink, side by side (wrapping if need be)
		const sample = small * 2.4;
		const keys = (['actual', 'plan', 'needed'] as const).map((kind) => ({
			label: w.key[kind],
			draw: kinds[kind]
		}));
		let kx = x;
		for (const key of keys) {
			const itemWidth = sample + small * 0.5 + measure.width(key.label, small);
			if (kx > x && kx + itemWidth > x + width) {
				kx = x;
				top += line;
			}
			const mid = top + small / 2;
			marks.push(...key.draw(kx, mid, kx + sample, mid, palette.inkSoft));
			marks.push(
				text(kx + sample + small * 0.5, top + ascent(small), key.label, small, {
					fill: palette.inkSoft
				})
			);
			kx += itemWidth + small * 1.5;
		}
		top += line;

		// the ratios, when the state labels them: bold values, each with its year, wrapping between them
		if (state.gap) {
			top += small * 0.4;
			const items: Piece[][] = data.ratios.map((r, i) => [
				...(i ? [{ text: '→', size: small, weight: 400 as const, fill: palette.inkSoft }] : []),
				{ text: fmt.number(r.value, 2), size: size.value, weight: 700, fill: palette.ink },
				{
					text: w.ratioWhen({ year: r.year, target: r.kind === 'target' }).trim(),
					size: small * 0.85,
					weight: 400,
					fill: palette.inkSoft
				}
			]);
			const label: Piece = { text: w.gapLabel.trim(), size: small, weight: 400, fill: palette.ink };
			/** A thin space after a piece, where full-width punctuation brings none of its own. */
			const space = (p: Piece, next: Piece | undefined) =>
				/[：）]$/u.test(p.text) || next?.text.startsWith('（') ? 0 : small * 0.3;
			const widthOf = (p: Piece) => measure.width(p.text, p.size, p.weight);
			let gx = x;
			for (const item of [[label], ...items]) {
				const itemWidth = item.reduce((sum, p, i) => sum + widthOf(p) + space(p, item[i + 1]), 0);
				if (gx > x && gx + itemWidth > x + width) {
					gx = x;
					top += size.value * 1.35;
				}
				for (const [i, p] of item.entries()) {
					marks.push(
						text(gx, top + ascent(size.value), p.text, p.size, {
							fill: p.fill,
							...(p.weight === 700 ? { weight: 700 as const } : {})
						})
					);
					gx += widthOf(p) + space(p, item[i + 1]);
				}
			}
			top += size.value * 1.35;
		}

		// the chart: a gutter for the y axis' labels, room over the top for the highest label
		const yScale = scaleLinear().domain([0, yTop(data)]);
		const ticks = yScale.ticks(4);
		const tickLabels = ticks.map((t) => fmt.compact(t));
		const gutter = Math.max(...tickLabels.map((l) => measure.width(l, small))) + small * 0.6;
		const plotLeft = x + gutter;
		const plotRight = x + width - small * 0.5;
		const chartTop = top;
		const plotTop = top + textHeight(2, small);
		const plotBottom = plotTop + width * 0.42;
		yScale.range([plotBottom, plotTop]);
		const [first, last] = SPAN;
		const sx = (year: number) =>
			plotLeft + ((year - first) / (last - first)) * (plotRight - plotLeft);
		const sy = (value: number) => yScale(value);

		ticks.forEach((t, i) => {
			marks.push(
				{
					type: 'line',
					x1: plotLeft,
					x2: plotRight,
					y1: sy(t),
					y2: sy(t),
					stroke: palette.rule,
					strokeWidth: 1
				},
				text(
					plotLeft - small * 0.6,
					sy(t) + (ascent(small) - measure.descent * small) / 2,
					tickLabels[i]!,
					small,
					{
						anchor: 'end',
						fill: palette.inkSoft
					}
				)
			);
		});
		marks.push({
			type: 'line',
			x1: plotLeft,
			x2: plotRight,
			y1: plotBottom,
			y2: plotBottom,
			stroke: palette.inkSoft,
			strokeWidth: 1
		});
		// the year labels: centred on their ticks, the first and last kept within the axis
		for (const year of YEARS) {
			const anchor = year === first ? 'start' : year === last ? 'end' : 'middle';
			marks.push(
				text(sx(year), plotBottom + small * 0.3 + ascent(small), String(year), small, {
					anchor,
					fill: palette.inkSoft
				})
			);
		}
		const bottom = plotBottom + small * 0.3 + small;

		let flagged = false;
		/** A thin space, before the flag: the Chinese picture font has none to set. */
		const thin = small / 6;
		/**
		 * A figure's value as the page writes it, with the flag (in regular weight, a piece of
		 * its own) its tip puts on a figure the sources disagree on.
		 */
		const valuePieces = (f: ChartFigure, on: boolean): Piece[] => {
			const fill = on ? palette.ink : palette.inkSoft;
			const words: Piece = { text: fmt.quantity(f), size: small, weight: on ? 700 : 400, fill };
			if (!f.conflicts?.length) return [words];
			flagged = true;
			return [words, { text: '≠', size: small, weight: 400, fill }];
		};
		/** A label's line: its pieces side by side, a thin space between them. */
		const lineWidth = (pieces: Piece[]) =>
			pieces.reduce(
				(sum, p, i) => sum + (i ? thin : 0) + measure.width(p.text, p.size, p.weight),
				0
			);

		// every series' lines and points first, so that the labels can keep clear of them all
		const dot = small * 0.3;
		const gap = small * 0.35;
		const d = dot * 1.35;
		/** What a label must not touch: a line or a point, `r` px thick on either side. */
		const obstacles: { x1: number; y1: number; x2: number; y2: number; r: number }[] = [
			{ x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, r: 0.5 }
		];
		const drawnSeries = data.series.map((s) => {
			const on = lit(s.id, state);
			const c = colour[s.id];
			const fade = on ? {} : { opacity: DIMMED };
			const [b, l, g] = [s.baseline, s.latest, s.target].map((f) => ({
				x: sx(f.year),
				y: sy(f.value)
			})) as [{ x: number; y: number }, { x: number; y: number }, { x: number; y: number }];
			// the plan's path, aimed at, dashed; what happened, solid; the way still to go, dotted
			marks.push(
				...[
					...kinds.plan(b.x, b.y, g.x, g.y, c),
					...kinds.actual(b.x, b.y, l.x, l.y, c),
					...kinds.needed(l.x, l.y, g.x, g.y, c)
				].map((m) => ({ ...m, ...fade }))
			);
			// the points: what happened solid, the target an outlined diamond
			for (const [f, p] of [
				[s.baseline, b],
				[s.latest, l]
			] as const)
				marks.push({
					type: 'circle',
					cx: p.x,
					cy: p.y,
					r: dot,
					fill: drawn(f.kind) === 'solid' ? c : palette.paper,
					stroke: c,
					strokeWidth: 3 * k,
					...fade
				});
			marks.push({
				type: 'path',
				d: `M${g.x},${g.y - d}L${g.x + d},${g.y}L${g.x},${g.y + d}L${g.x - d},${g.y}Z`,
				fill: drawn(s.target.kind) === 'solid' ? c : palette.paper,
				stroke: c,
				strokeWidth: 3 * k,
				...fade
			});
			obstacles.push(
				{ x1: b.x, y1: b.y, x2: g.x, y2: g.y, r: k },
				{ x1: b.x, y1: b.y, x2: l.x, y2: l.y, r: 2 * k },
				{ x1: l.x, y1: l.y, x2: g.x, y2: g.y, r: 1.6 * k },
				{ x1: b.x, y1: b.y, x2: b.x, y2: b.y, r: dot + 1.5 * k },
				{ x1: l.x, y1: l.y, x2: l.x, y2: l.y, r: dot + 1.5 * k },
				{ x1: g.x, y1: g.y, x2: g.x, y2: g.y, r: d + 1.5 * k }
			);
			return { s, on, c, b, l, g };
		});

		/**
		 * The labels, each on a paper-coloured ground that hides the gridlines under it, on the
		 * side its lines leave free: the side it would take (`sides[0]`), or else the other, if
		 * that one touches no line, point or other label and stays within the chart.
		 */
		const halo = small * 0.15;
		type Box = { left: number; top: number; right: number; bottom: number };
		const placed: Box[] = [];
		/** Whether a line (Liang–Barsky) comes within `r` of a box. */
		const touches = (o: (typeof obstacles)[number], box: Box) => {
			const [dx, dy] = [o.x2 - o.x1, o.y2 - o.y1];
			const p = [-dx, dx, -dy, dy];
			const q = [
				o.x1 - box.left + o.r,
				box.right + o.r - o.x1,
				o.y1 - box.top + o.r,
				box.bottom + o.r - o.y1
			];
			let [t0, t1] = [0, 1];
			for (let i = 0; i < 4; i++) {
				if (p[i] === 0) {
					if (q[i]! < 0) return false;
				} else if (p[i]! < 0) t0 = Math.max(t0, q[i]! / p[i]!);
				else t1 = Math.min(t1, q[i]! / p[i]!);
			}
			return t0 <= t1;
		};
		const clashes = (box: Box) =>
			(box.top < chartTop || box.bottom > plotBottom || box.left < x || box.right > x + width
				? 1
				: 0) +
			obstacles.filter((o) => touches(o, box)).length +
			placed.filter(
				(o) => box.left < o.right && o.left < box.right && box.top < o.bottom && o.top < box.bottom
			).length;
		const label = (
			lines: Piece[][],
			at: number,
			anchor: 'start' | 'middle' | 'end',
			/** The tops of its first line on the side it would take, and on the other. */
			sides: [number, number]
		) => {
			const size = lines[0]![0]!.size;
			const widths = lines.map(lineWidth);
			const widest = Math.max(...widths);
			const left = anchor === 'start' ? at : anchor === 'middle' ? at - widest / 2 : at - widest;
			const boxAt = (top: number): Box => ({
				left: left - halo,
				top: top - halo,
				right: left + widest + halo,
				bottom: top + textHeight(lines.length, size) + halo
			});
			const [first, other] = sides.map(boxAt) as [Box, Box];
			const box = clashes(first) > 0 && clashes(other) < clashes(first) ? other : first;
			placed.push(box);
			marks.push({
				type: 'rect',
				x: box.left,
				y: box.top,
				width: box.right - box.left,
				height: box.bottom - box.top,
				rx: halo,
				fill: palette.paper
			});
			lines.forEach((pieces, i) => {
				const base = box.top + halo + ascent(size) + i * size * 1.35;
				let px =
					anchor === 'start' ? at : anchor === 'middle' ? at - widths[i]! / 2 : at - widths[i]!;
				for (const p of pieces) {
					marks.push(
						text(px, base, p.text, p.size, {
							fill: p.fill,
							...(p.weight === 700 ? { weight: 700 as const } : {})
						})
					);
					px += measure.width(p.text, p.size, p.weight) + thin;
				}
			});
		};

		for (const { s, on, c, b, l, g } of drawnSeries) {
			// a point's label: its value, under a line saying what it is where it has one; under
			// the start of a rising line, over the end it rises to, and the latest point (and the
			// name) on the side of the solid line away from the plan's path
			const rising = s.latest.value >= s.baseline.value;
			const planAt = (year: number) =>
				s.baseline.value +
				((s.target.value - s.baseline.value) * (year - s.baseline.year)) /
					(s.target.year - s.baseline.year);
			const planOver = planAt(s.latest.year) >= s.latest.value;
			const point = (
				p: { x: number; y: number },
				f: ChartFigure,
				what: string | undefined,
				over: boolean,
				anchor: 'start' | 'middle' | 'end',
				dx: number
			) => {
				const lines: Piece[][] = [
					...(what
						? [[{ text: what, size: small, weight: 400 as const, fill: palette.inkSoft }]]
						: []),
					valuePieces(f, on)
				];
				const above = p.y - gap - dot - textHeight(lines.length, small);
				const below = p.y + gap + dot;
				label(lines, p.x + dx, anchor, over ? [above, below] : [below, above]);
			};
			point(b, s.baseline, undefined, !rising, 'start', dot * 0.5);
			point(l, s.latest, fmt.year(s.latest.year), !planOver, 'middle', 0);
			point(
				g,
				s.target,
				w.targetPoint({ year: s.target.year }),
				s.target.value >= s.latest.value,
				'end',
				-dot * 1.5
			);

			// the name, beside the middle of what happened
			const nameSize = size.label * 0.9;
			const my = (b.y + l.y) / 2;
			const under = my + nameSize * 0.6;
			const over = my - nameSize * 1.7;
			label(
				[
					[
						{
							text: w.series[s.id],
							size: nameSize,
							weight: on ? 700 : 400,
							fill: on ? c : palette.inkSoft
						}
					]
				],
				(b.x + l.x) / 2,
				'middle',
				planOver ? [under, over] : [over, under]
			);
		}

		// the key to the flag the page's tips put on a figure the sources disagree on
		let height = bottom - y;
		if (flagged) {
			// the flag a mark of its own: a space after it would fall between two fonts' runs
			const flag = measure.width('≠', small) + small * 0.3;
			const note = wrap(MESSAGES[locale].chart.conflict, width - flag, small, measure);
			const base = bottom + small * 0.8 + ascent(small);
			marks.push(
				text(x, base, '≠', small, { fill: palette.inkSoft }),
				text(x + flag, base, note, small, { fill: palette.inkSoft })
			);
			height += small * 0.8 + textHeight(note.length, small);
		}
		return { marks, height };
	}
});
