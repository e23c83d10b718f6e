/**
 * Urban and rural incomes as a picture: a key to the three kinds of line, the urban/rural
 * ratios in the state that labels them, then the chart on the page's scales (years 2020–2025
 * across, yuan from 0 up), each series drawn as the page draws it: the plan's path from the
 * 2020 baseline to the 2025 target dashed, what happened solid, the way still to go dotted,
 * actual points solid and the target an outlined diamond. Every point carries its value and
 * each line its name, on the side its lines leave free; the series a state does not talk
 * about fades, its words kept legible in soft ink.
 */
import { scaleLinear } from 'd3-scale';
import { DIMMED } from '$lib/picture/palette';
import { text, textHeight, type Mark } from '$lib/picture/scene';
import { wrap, type Weight } from '$lib/picture/text';
import { definePicture } from '$lib/picture/types';
import { MESSAGES } from '$lib/i18n/messages';
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
		/**
		 * A figure's value as the page writes it, with the flag (in regular weight, a mark of its
		 * own) its tip puts on a figure the sources disagree on.
		 */
		const valueMarks = (
			f: ChartFigure,
			at: number,
			base: number,
			anchor: 'start' | 'middle' | 'end',
			on: boolean
		): Mark[] => {
			const words = fmt.quantity(f);
			const style = {
				weight: on ? (700 as const) : (400 as const),
				fill: on ? palette.ink : palette.inkSoft
			};
			if (!f.conflicts?.length) return [text(at, base, words, small, { anchor, ...style })];
			flagged = true;
			const wordsWidth = measure.width(words, small, style.weight);
			const total = wordsWidth + measure.width('⚠', small);
			const left = anchor === 'start' ? at : anchor === 'middle' ? at - total / 2 : at - total;
			return [
				text(left, base, words, small, style),
				text(left + wordsWidth, base, '⚠', small, { fill: style.fill })
			];
		};
		const dot = small * 0.3;
		const gap = small * 0.35;
		data.series.forEach((s) => {
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
			const d = dot * 1.35;
			marks.push({
				type: 'path',
				d: `M${g.x},${g.y - d}L${g.x + d},${g.y}L${g.x},${g.y + d}L${g.x - d},${g.y}Z`,
				fill: drawn(s.target.kind) === 'solid' ? c : palette.paper,
				stroke: c,
				strokeWidth: 3 * k,
				...fade
			});

			// the labels, each on the side its lines leave free: under the start of a rising
			// line, over the end it rises to, and the latest point (and the name) on the side
			// of the solid line away from the plan's path
			const rising = s.latest.value >= s.baseline.value;
			const planAt = (year: number) =>
				s.baseline.value +
				((s.target.value - s.baseline.value) * (year - s.baseline.year)) /
					(s.target.year - s.baseline.year);
			const planOver = planAt(s.latest.year) >= s.latest.value;
			/** A point's label: its value, under a line saying what it is where it has one. */
			const label = (
				p: { x: number; y: number },
				f: ChartFigure,
				what: string | undefined,
				over: boolean,
				anchor: 'start' | 'middle' | 'end',
				dx: number
			) => {
				const height = textHeight(what ? 2 : 1, small);
				const firstBase = (over ? p.y - gap - dot - height : p.y + gap + dot) + ascent(small);
				const at = p.x + dx;
				if (what) marks.push(text(at, firstBase, what, small, { anchor, fill: palette.inkSoft }));
				marks.push(...valueMarks(f, at, what ? firstBase + line : firstBase, anchor, on));
			};
			label(b, s.baseline, undefined, !rising, 'start', dot * 0.5);
			label(l, s.latest, fmt.year(s.latest.year), !planOver, 'middle', 0);
			label(
				g,
				s.target,
				w.targetPoint({ year: s.target.year }),
				s.target.value >= s.latest.value,
				'end',
				-dot * 1.5
			);

			// the name, beside the middle of what happened
			const nameSize = size.label * 0.9;
			const mx = (b.x + l.x) / 2;
			const my = (b.y + l.y) / 2;
			const nameTop = planOver ? my + nameSize * 0.6 : my - nameSize * 1.7;
			marks.push(
				text(mx, nameTop + ascent(nameSize), w.series[s.id], nameSize, {
					anchor: 'middle',
					weight: on ? 700 : 400,
					fill: on ? c : palette.inkSoft
				})
			);
		});

		// the key to the flag the page's tips put on a figure the sources disagree on
		let height = bottom - y;
		if (flagged) {
			// the flag a mark of its own: a space after it would fall between two fonts' runs
			const flag = measure.width('⚠', small) + small * 0.3;
			const note = wrap(MESSAGES[locale].chart.conflict, width - flag, small, measure);
			const base = bottom + small * 0.8 + ascent(small);
			marks.push(
				text(x, base, '⚠', small, { fill: palette.inkSoft }),
				text(x + flag, base, note, small, { fill: palette.inkSoft })
			);
			height += small * 0.8 + textHeight(note.length, small);
		}
		return { marks, height };
	}
});
