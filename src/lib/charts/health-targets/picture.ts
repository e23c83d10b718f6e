/**
 * The health targets as a picture: the key of the four marks over six rows, one per indicator.
 * Each row names its indicator (with its "lower is better" and "figures differ" tags) and its
 * 2030 target at the right, then the four marks on a line of the row's own scale, each value
 * written under its mark, or over it where the value before is in the way; a value whose words
 * reach over another mark is set after its own mark's shape, so that it cannot be read as the
 * other's. Rows the state does not highlight keep their names in soft type and their marks faded.
 */
import { DIMMED } from '$lib/picture/palette';
import { LEADING, text, type Mark } from '$lib/picture/scene';
import { widest, wrap } from '$lib/picture/text';
import { definePicture, type PictureBox } from '$lib/picture/types';
import { glyph, keyText, place, type Look, type Shape } from './layout';
import { lit, MARKS, type HealthData, type HealthState } from './spec';
import type { Words } from './zh';

type Palette = PictureBox['palette'];

/** A mark's shape centred on (cx, cy), `side` across as the browser's glyph is. */
function glyphMarks(
	shape: Shape,
	look: Look,
	cx: number,
	cy: number,
	side: number,
	palette: Palette,
	opacity = 1
): Mark[] {
	const paint =
		look === 'solid'
			? { fill: palette.inkSoft }
			: look === 'hatched'
				? { fill: palette.accent, hatch: true, stroke: palette.accent, strokeWidth: 1.5 }
				: { fill: palette.paper, stroke: palette.accent, strokeWidth: 2 };
	const half = side / 2;
	if (shape === 'circle') return [{ type: 'circle', cx, cy, r: half, opacity, ...paint }];
	if (shape === 'square')
		return [
			{ type: 'rect', x: cx - half, y: cy - half, width: side, height: side, opacity, ...paint }
		];
	// a square turned 45°: its corners a half-diagonal away
	const d = half * Math.SQRT2;
	const path = `M${cx} ${cy - d}L${cx + d} ${cy}L${cx} ${cy + d}L${cx - d} ${cy}Z`;
	return [{ type: 'path', d: path, opacity, ...paint }];
}

/**
 * The browser's ≠ after a figure that belongs to a conflict, drawn as shapes so that it does
 * not depend on the font having the sign. A triangle `side` across, its foot at `bottom`.
 */
function warning(x: number, bottom: number, side: number, colour: string): Mark[] {
	const h = side * 0.87;
	const top = bottom - h;
	const mid = x + side / 2;
	const stroke = Math.max(1.2, side * 0.1);
	return [
		{
			type: 'path',
			d: `M${mid} ${top}L${x + side} ${bottom}L${x} ${bottom}Z`,
			fill: 'none',
			stroke: colour,
			strokeWidth: stroke
		},
		{
			type: 'line',
			x1: mid,
			x2: mid,
			y1: top + h * 0.35,
			y2: top + h * 0.68,
			stroke: colour,
			strokeWidth: stroke
		},
		{ type: 'circle', cx: mid, cy: top + h * 0.83, r: stroke * 0.6, fill: colour }
	];
}

/**
 * Centres for labels along a line, in their marks' order: each as near its mark as the others
 * allow, `gap` apart, within [lo, hi]. Touching labels are moved as one group, centred on
 * where its labels want to be.
 */
function spread(ideal: number[], widths: number[], lo: number, hi: number, gap: number) {
	interface Group {
		first: number;
		last: number;
		left: number;
		width: number;
		/** The sum of the group's left edge as each of its labels would have it. */
		wish: number;
	}
	const clamp = (g: Group) => Math.min(Math.max(g.wish / (g.last - g.first + 1), lo), hi - g.width);
	const groups: Group[] = [];
	ideal.forEach((c, i) => {
		const w = widths[i]!;
		const group: Group = { first: i, last: i, left: 0, width: w, wish: c - w / 2 };
		group.left = clamp(group);
		groups.push(group);
		while (groups.length > 1) {
			const b = groups[groups.length - 1]!;
			const a = groups[groups.length - 2]!;
			if (a.left + a.width + gap <= b.left) break;
			const shift = a.width + gap;
			const merged: Group = {
				first: a.first,
				last: b.last,
				left: 0,
				width: shift + b.width,
				wish: a.wish + b.wish - (b.last - b.first + 1) * shift
			};
			merged.left = clamp(merged);
			groups.splice(-2, 2, merged);
		}
	});
	const centres: number[] = [];
	for (const g of groups) {
		let left = g.left;
		for (let i = g.first; i <= g.last; i++) {
			centres.push(left + widths[i]! / 2);
			left += widths[i]! + gap;
		}
	}
	return centres;
}

export const picture = definePicture<HealthData, HealthState, Words>({
	layout(data, state, { w, fmt }, { x, y, width, measure, size, palette }) {
		const { ascent, descent } = measure;
		const marks: Mark[] = [];
		const side = size.small * 0.8;
		const first = data.rows[0]!;

		// the key: each mark's shape and words, in a line that wraps where it must
		const keyGap = size.label;
		let kx = x;
		let kBase = y + ascent * size.small;
		for (const mark of MARKS) {
			const { shape, look } = glyph(mark, first[mark].kind);
			const words = keyText(w, mark, first);
			const entry = side * 1.5 + measure.width(words, size.small);
			if (kx > x && kx + entry > x + width) {
				kx = x;
				kBase += size.small * 1.5;
			}
			marks.push(
				...glyphMarks(shape, look, kx + side / 2, kBase - size.small * 0.35, side, palette),
				text(kx + side * 1.5, kBase, words, size.small, { fill: palette.inkSoft })
			);
			kx += entry + keyGap;
		}
		let top = kBase + descent * size.small + size.label * 1.1;

		const tagPad = size.small * 0.3;
		for (const r of data.rows) {
			const on = lit(r, state);
			const weight = on ? 700 : 400;
			const base = top + ascent * size.label;

			// the 2030 target at the right, its value bold as the browser's figure is
			const goal = w.goal({ year: r.t2030.year });
			const value = fmt.quantity(r.t2030);
			const flagged = !!r.t2030.conflicts;
			const flag = flagged ? size.small * 0.75 : 0;
			const valueEnd = x + width - (flagged ? flag + size.small * 0.3 : 0);
			const valueWidth = measure.width(value, size.label, 700);
			const goalStart = valueEnd - valueWidth - size.label * 0.3;
			marks.push(
				text(goalStart, base, goal, size.label, { anchor: 'end', fill: palette.inkSoft }),
				text(valueEnd, base, value, size.label, {
					anchor: 'end',
					weight: 700,
					fill: palette.inkSoft
				})
			);
			if (flagged)
				marks.push(...warning(x + width - flag, base - size.label * 0.45, flag, palette.secondary));
			const goalLeft = goalStart - measure.width(goal, size.label);

			// the name and its tags, in what is left of the line
			const tags = [
				...(r.lowerIsBetter
					? [{ words: [w.lowerIsBetter], colour: palette.inkSoft, sign: false }]
					: []),
				...(r.conflict ? [{ words: ['≠', w.conflict], colour: palette.secondary, sign: true }] : [])
			];
			const tagWidths = tags.map(
				(t) =>
					t.words.reduce(
						(sum, word, i) => sum + measure.width(word, size.small, t.sign && i === 0 ? 700 : 400),
						0
					) +
					(t.words.length - 1) * size.small * 0.15 +
					2 * tagPad
			);
			const tagsWidth = tagWidths.reduce((sum, t) => sum + t + size.small * 0.4, 0);
			const room = goalLeft - size.label - x - tagsWidth;
			const name = wrap(w.indicator[r.id], room, size.label, measure, weight);
			marks.push(
				text(x, base, name, size.label, { weight, fill: on ? palette.ink : palette.inkSoft })
			);
			const last = base + (name.length - 1) * size.label * LEADING;
			let tx = x + widest(name.slice(-1), size.label, measure, weight) + size.small * 0.4;
			tags.forEach((t, i) => {
				marks.push({
					type: 'rect',
					x: tx,
					y: last - ascent * size.small - tagPad * 0.5,
					width: tagWidths[i]!,
					height: (ascent + descent) * size.small + tagPad,
					rx: 2,
					fill: 'none',
					stroke: t.colour,
					strokeWidth: 1
				});
				let wx = tx + tagPad;
				t.words.forEach((word, j) => {
					const bold = t.sign && j === 0;
					marks.push(
						text(wx, last, word, size.small, { fill: t.colour, ...(bold ? { weight: 700 } : {}) })
					);
					wx += measure.width(word, size.small, bold ? 700 : 400) + size.small * 0.15;
				});
				tx += tagWidths[i]! + size.small * 0.4;
			});

			// every value by its mark: under it, or over it where the one before is in the way;
			// where marks crowd even so, moved aside with a leader to its mark
			const at = (v: number) => x + (place(r, v) / 100) * width;
			const order = [...MARKS].sort((a, b) => r[a].value - r[b].value);
			const labels = order.map((mark) => fmt.quantity(r[mark]));
			const ideal = order.map((mark) => at(r[mark].value));
			const apart = size.small * 0.8;
			/** From a mark's centre to the edge of its widest shape, the diamond. */
			const reach = side * 0.75;
			/** The room a label's own mark takes before its value, where it carries one. */
			const sign = side * 1.5;
			/** Which labels carry their mark's shape: those that reach over another mark. */
			const signed = order.map(() => false);
			const arrange = () => {
				const widths = labels.map((l, i) => measure.width(l, size.small) + (signed[i] ? sign : 0));
				/** The right end of the last label under the line (0) and over it (1). */
				const reached = [-Infinity, -Infinity];
				const tier = order.map((_, i) => {
					const half = widths[i]! / 2;
					const left = Math.min(Math.max(ideal[i]!, x + half), x + width - half) - half;
					const room = reached.map((end) => left - apart - end);
					const t = room[0]! >= 0 ? 0 : room[1]! >= 0 ? 1 : room[0]! >= room[1]! ? 0 : 1;
					reached[t] = Math.max(reached[t]!, left + widths[i]!);
					return t;
				});
				const centres: number[] = [];
				for (const t of [0, 1]) {
					const mine = order.map((_, i) => i).filter((i) => tier[i] === t);
					const placed = spread(
						mine.map((i) => ideal[i]!),
						mine.map((i) => widths[i]!),
						x,
						x + width,
						apart
					);
					mine.forEach((i, j) => (centres[i] = placed[j]!));
				}
				return { widths, tier, centres };
			};
			let { widths, tier, centres } = arrange();
			// a label that spans another mark could be read as that mark's: it is set after its
			// own mark's shape, as the key is, and the marks are placed again for the wider labels
			for (let pass = 0; pass < MARKS.length; pass++) {
				const more = order.map(
					(_, i) =>
						!signed[i] &&
						ideal.some(
							(other, j) =>
								j !== i &&
								other + reach > centres[i]! - widths[i]! / 2 &&
								other - reach < centres[i]! + widths[i]! / 2
						)
				);
				if (!more.includes(true)) break;
				more.forEach((m, i) => (signed[i] ||= m));
				({ widths, tier, centres } = arrange());
			}

			// the row's line and its four marks on the row's own scale, as the browser places them
			const labelHeight = (ascent + descent) * size.small;
			const clear = size.small * 0.45;
			const nameBottom = last + descent * size.label;
			const line = tier.includes(1)
				? nameBottom + size.label * 0.8 + labelHeight + clear + reach
				: nameBottom + size.label * 0.6 + side / 2;
			marks.push({
				type: 'line',
				x1: at(Math.min(...MARKS.map((k) => r[k].value))),
				x2: at(Math.max(...MARKS.map((k) => r[k].value))),
				y1: line,
				y2: line,
				stroke: palette.rule,
				strokeWidth: 2
			});
			const opacity = on ? 1 : DIMMED;
			for (const mark of MARKS) {
				const { shape, look } = glyph(mark, r[mark].kind);
				marks.push(...glyphMarks(shape, look, at(r[mark].value), line, side, palette, opacity));
			}
			const labelTop = line + reach + clear;
			order.forEach((mark, i) => {
				const c = centres[i]!;
				const over = tier[i] === 1;
				const lt = over ? line - reach - clear - labelHeight : labelTop;
				// a label still under (or over) its mark needs no leader
				if (Math.abs(c - ideal[i]!) > widths[i]! / 2 - size.small * 0.3)
					marks.push({
						type: 'line',
						x1: ideal[i]!,
						y1: over ? line - reach : line + reach,
						x2: c,
						y2: over ? lt + labelHeight : lt,
						stroke: palette.inkFaint,
						strokeWidth: 1,
						opacity
					});
				const { shape, look } = glyph(mark, r[mark].kind);
				const fill = !on ? palette.inkSoft : look !== 'solid' ? palette.accent : palette.ink;
				const baseline = lt + ascent * size.small;
				if (signed[i]) {
					const left = c - widths[i]! / 2;
					marks.push(
						...glyphMarks(
							shape,
							look,
							left + side / 2,
							baseline - size.small * 0.35,
							side,
							palette,
							opacity
						),
						text(left + sign, baseline, labels[i]!, size.small, { fill })
					);
				} else marks.push(text(c, baseline, labels[i]!, size.small, { anchor: 'middle', fill }));
			});
			top = labelTop + size.small + size.label * 1.1;
		}
		return { marks, height: top - size.label * 1.1 - y };
	}
});
