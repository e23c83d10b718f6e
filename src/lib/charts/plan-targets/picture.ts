/**
 * The plan's 25 indicators as a picture: the interactive chart's rows by group, each name (with
 * its binding tag) on the left, a hatched bar of planned change with its percentage in the
 * middle (or the note that stands where a total or a target in words has none; a growth rate's
 * name says what it is, so its middle stays empty), and on the right the 2020 value, an arrow
 * and the 2025 target, so every figure of the table is written and every arrow points at its
 * target. The overview leaves the bars out. A focused state dims the bars and text of the rows
 * it does not talk about and lays its own on a pale band, names and targets in bold: a group of
 * targets in words has no bar to fade.
 */
import { definePicture } from '$lib/picture/types';
import { text, textHeight, type Mark } from '$lib/picture/scene';
import { widest, wrap, type Weight } from '$lib/picture/text';
import { DIMMED } from '$lib/picture/palette';
import { MESSAGES } from '$lib/i18n/all-messages';
import { drawn as grammar } from '../motion';
import {
	changeText,
	lit,
	noteText,
	planLines,
	shortName,
	targetText,
	type PlanRow,
	type PlanTargetsData,
	type PlanTargetsState
} from './spec';
import type { Words } from './zh';

/** Line height of the rows' text, as a multiple of its size. */
const LEADING = 1.3;

export const picture = definePicture<PlanTargetsData, PlanTargetsState, Words>({
	layout(data, state, t, { x, y, width, measure, size, palette }) {
		const { w, fmt, lex } = t;
		const marks: Mark[] = [];
		const lines = planLines(data);
		const rows = data.rows;
		const focused = state.focus !== 'all';
		const gap = size.label * 0.75;
		const right = x + width;

		// the binding tag: its words in small print in a thin box
		const tagPad = size.small * 0.3;
		const tagWidth = measure.width(w.tag, size.small) + 2 * tagPad;
		const tagSpace = size.label * 0.3 + tagWidth;
		// the flag of a row in a disagreement: a mark of its own (a space before it would fall
		// between two fonts' runs), keyed at the foot
		const flagSpace = size.label * 0.2 + measure.width('≠', size.label);
		const after = (r: PlanRow) => (r.binding ? tagSpace : 0) + (r.conflict ? flagSpace : 0);

		// the name column: as wide as the widest name (set bold, as a focused state sets it), at most a third
		const nameWidth = Math.min(
			Math.max(...rows.map((r) => measure.width(shortName(r, w, lex), size.label, 700) + after(r))),
			width * 0.34
		);

		// the right column: "2020 value → target" on one line where it fits, else in two; a
		// target in words has its baseline in the middle, where the arrow would point at nothing
		const from = (r: PlanRow) =>
			r.baseline && r.kind !== 'words' ? `${fmt.quantity(r.baseline)} →` : '';
		const target = (r: PlanRow) =>
			r.target ? targetText(r, t, true) : (lex.terms.planTarget[String(r.no)] ?? '');
		const targetWeight = (r: PlanRow): Weight => (r.target ? 700 : 400);
		const space = measure.width(' ', size.value);
		const oneLine = (r: PlanRow) =>
			(from(r) ? measure.width(from(r), size.value) + space : 0) +
			measure.width(target(r), size.value, targetWeight(r));
		const rightWidth = Math.min(Math.max(...rows.map(oneLine)), width * 0.4);
		const fromLines = (r: PlanRow) =>
			!from(r)
				? []
				: oneLine(r) <= rightWidth
					? [from(r)]
					: wrap(from(r), rightWidth, size.value, measure);
		const targetLines = (r: PlanRow) =>
			wrap(target(r), rightWidth, size.value, measure, targetWeight(r));
		/** Whether the 2020 value shares the target's line. */
		const inline = (r: PlanRow) => !!from(r) && oneLine(r) <= rightWidth;

		// the bars: from the middle column's left edge, the largest change leaving room for its label
		const barLeft = x + nameWidth + gap;
		const changeWidth = widest(
			rows.flatMap((r) =>
				r.kind !== 'change' || r.change === undefined ? [] : [changeText(r.change, fmt)]
			),
			size.value,
			measure
		);
		const barRight = right - rightWidth - gap - changeWidth - size.value * 0.3;
		const maxChange = Math.max(...rows.map((r) => (r.kind === 'change' ? (r.change ?? 0) : 0)));
		const scale = (v: number) => barLeft + (v / maxChange) * (barRight - barLeft);

		/** A row's lines of text: its name's, its right column's, its note's; the tallest sets its height. */
		const nameLines = (r: PlanRow) =>
			wrap(shortName(r, w, lex), nameWidth - after(r), size.label, measure, 700);
		const rightLines = (r: PlanRow) =>
			inline(r) ? targetLines(r).length : fromLines(r).length + targetLines(r).length;
		/** A row's note in the middle: none for a bar, nor for a rate, whose 2020 value is on the right. */
		const noteLines = (r: PlanRow) =>
			r.kind === 'change' || r.kind === 'rate'
				? []
				: wrap(
						noteText(r, data.years, t),
						right - (inline(r) || !from(r) ? oneLine(r) : rightWidth) - gap - barLeft,
						size.small,
						measure
					);
		const pad = size.label * 0.4;
		const rowHeight = (r: PlanRow) =>
			Math.max(
				textHeight(nameLines(r).length, size.label, LEADING),
				textHeight(rightLines(r), size.value, LEADING),
				textHeight(noteLines(r).length, size.small, LEADING)
			) +
			2 * pad;
		/** The baseline of the first of `n` lines centred on `mid`. */
		const centred = (mid: number, n: number, px: number) =>
			mid - textHeight(n, px, LEADING) / 2 + measure.ascent * px;

		const headingSize = Math.round(size.label * 1.05);
		const headingHeight = headingSize * 1.9;
		let top = y;
		lines.forEach((l, i) => {
			if (!l.row) {
				// a group heading, faded when the state talks about none of its rows
				const groupLit = !focused || rows.some((r) => r.group === l.group && lit(r, state));
				const base = top + headingHeight - headingSize * 0.45;
				marks.push(
					text(x, base, lex.terms.group[l.group] ?? l.group, headingSize, {
						weight: 700,
						fill: groupLit ? palette.accent : palette.inkSoft
					}),
					{
						type: 'line',
						x1: x,
						x2: right,
						y1: top + headingHeight,
						y2: top + headingHeight,
						stroke: palette.rule,
						strokeWidth: 1
					}
				);
				if (i === 0) {
					// column heads over the first group: the bars' change, and 2020 → the (hatched) targets
					const head = { fill: palette.inkSoft };
					const year = { year: fmt.year(data.years.from) };
					if (state.drawn) marks.push(text(barLeft, base, w.changeHead(year), size.small, head));
					marks.push(
						text(
							right,
							base,
							`${year.year} → ${w.targetHead({ year: fmt.year(data.years.to), kind: fmt.kind('target') })}`,
							size.small,
							{ ...head, anchor: 'end' }
						)
					);
				}
				top += headingHeight;
				return;
			}
			const r = l.row;
			const on = lit(r, state);
			const height = rowHeight(r);
			const mid = top + height / 2;
			const ink = on ? palette.ink : palette.inkSoft;
			const colour = r.binding ? palette.secondary : palette.accent;
			// what a focused state talks about, on a pale band
			const picked = focused && on;
			if (picked)
				marks.push({
					type: 'rect',
					x,
					y: top + 1,
					width,
					height: height - 2,
					fill: palette.accentSoft
				});

			// the name, bold where a focused state talks about it, and its binding tag after it
			const names = nameLines(r);
			const nameWeight: Weight = picked ? 700 : 400;
			const nameBase = centred(mid, names.length, size.label);
			marks.push(
				text(x, nameBase, names, size.label, {
					weight: nameWeight,
					fill: ink,
					leading: LEADING
				})
			);
			const last = names[names.length - 1] ?? '';
			const lastBase = nameBase + (names.length - 1) * size.label * LEADING;
			const nameEnd = x + measure.width(last, size.label, nameWeight);
			if (r.conflict)
				marks.push(text(nameEnd + size.label * 0.2, lastBase, '≠', size.label, { fill: ink }));
			if (r.binding) {
				const tagX = nameEnd + (r.conflict ? flagSpace : 0) + size.label * 0.3;
				const tagBase = lastBase;
				marks.push(
					{
						type: 'rect',
						x: tagX,
						y: tagBase - measure.ascent * size.small - tagPad * 0.5,
						width: tagWidth,
						height: (measure.ascent + measure.descent) * size.small + tagPad,
						rx: 2,
						fill: 'none',
						stroke: palette.secondary,
						strokeWidth: 1.5,
						opacity: on ? 1 : DIMMED
					},
					text(tagX + tagPad, tagBase, w.tag, size.small, {
						fill: on ? palette.secondary : palette.inkSoft
					})
				);
			}

			// the middle: a bar of planned change, hatched where it is a target, or a note; a rate has
			// neither, its 2020 value being on the right
			if (r.kind === 'change') {
				if (state.drawn) {
					const end = scale(r.change!);
					const barHeight = size.label * 0.75;
					marks.push(
						{
							type: 'rect',
							x: barLeft,
							y: mid - barHeight / 2,
							width: Math.max(end - barLeft, 0),
							height: barHeight,
							fill: colour,
							hatch: r.target ? grammar(r.target.kind) === 'hatched' : false,
							stroke: colour,
							strokeWidth: 1,
							opacity: on ? 1 : DIMMED
						},
						text(
							end + size.value * 0.3,
							centred(mid, 1, size.value),
							changeText(r.change!, fmt),
							size.value,
							{ fill: ink }
						)
					);
				}
			} else if (r.kind !== 'rate') {
				const notes = noteLines(r);
				marks.push(
					text(barLeft, centred(mid, notes.length, size.small), notes, size.small, {
						fill: picked ? palette.ink : palette.inkSoft,
						leading: LEADING
					})
				);
			}

			// the right column: the 2020 value in soft ink, then the target, bold where it is a figure
			const targets = targetLines(r);
			const strong = state.drawn && on && !!r.target;
			const targetStyle = {
				anchor: 'end' as const,
				weight: strong ? (700 as const) : (400 as const),
				fill: strong || picked ? palette.ink : palette.inkSoft,
				leading: LEADING
			};
			const soft = { anchor: 'end' as const, fill: palette.inkSoft, leading: LEADING };
			const block = rightLines(r);
			const first = centred(mid, block, size.value);
			if (inline(r)) {
				const targetText = targets[0] ?? '';
				marks.push(
					text(
						right - measure.width(targetText, size.value, targetStyle.weight) - space,
						first,
						from(r),
						size.value,
						soft
					),
					text(right, first, targetText, size.value, targetStyle)
				);
			} else {
				const before = fromLines(r);
				if (before.length) marks.push(text(right, first, before, size.value, soft));
				marks.push(
					text(
						right,
						first + before.length * size.value * LEADING,
						targets,
						size.value,
						targetStyle
					)
				);
			}
			top += height;
		});
		if (rows.some((r) => r.conflict)) {
			// the key to the flag, under the last row
			const flag = measure.width('≠', size.small) + size.small * 0.3;
			const key = wrap(MESSAGES[t.locale].chart.conflict, width - flag, size.small, measure);
			const base = top + size.small * 0.6 + measure.ascent * size.small;
			marks.push(
				text(x, base, '≠', size.small, { fill: palette.inkSoft }),
				text(x + flag, base, key, size.small, { fill: palette.inkSoft })
			);
			top += size.small * 0.6 + textHeight(key.length, size.small);
		}
		return { marks, height: top - y };
	}
});
