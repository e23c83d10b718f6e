/**
 * The industry pivot as a picture: the 2021 system's column of tier headings and industry boxes
 * on the left, the 2023 "2+2" on the right (leading tiers outlined solid, distinctive tiers
 * dashed), lines pairing them where the state shows both. A picture stands alone, so both
 * columns and every figure are always drawn: the column a state leaves out is dimmed, not
 * removed, and so are the figures it does not show (2025 revenue targets as hatched bars with
 * their value, the other size targets as words and value alone, 2024 results under their industry). Where the interactive chart lines up rows,
 * the picture lines up tiers (leading beside leading, distinctive beside distinctive), each box as
 * tall as its own text, so long English names cost no empty rows.
 */
import { definePicture } from '$lib/picture/types';
import { DIMMED } from '$lib/picture/palette';
import { text, textHeight, type Mark } from '$lib/picture/scene';
import { wrap } from '$lib/picture/text';
import { barLength, column, links, maxRevenue } from './layout';
import {
	extra,
	targetLabel,
	shows,
	tierName,
	type IndustryPivotData,
	type IndustryPivotState,
	type SystemKey
} from './spec';
import type { Words } from './zh';

const SYSTEMS: SystemKey[] = ['before', 'after'];
/** Where everything is placed: both columns, every figure; a state only chooses what is lit. */
const ALL: IndustryPivotState = { view: 'both', revenue: true, results: true };

/** A label in small print and its value in bold: on one line where they fit, else stacked. */
interface Pair {
	label: string[];
	value: string;
	/** Whether the value follows the label on its line. */
	inline: boolean;
	height: number;
}

export const picture = definePicture<IndustryPivotData, IndustryPivotState, Words>({
	layout(data, state, { w, lex, fmt }, { x, y, width, measure, size, palette }) {
		const pad = size.label * 0.5;
		const space = size.small * 0.35;
		const barHeight = size.label * 0.75;
		const rowGap = size.label * 0.4;
		const max = maxRevenue(data);
		const place = (system: SystemKey) => {
			const c = column(system, ALL.view);
			return { left: x + (c.x / 100) * width, w: (c.w / 100) * width };
		};

		const pair = (label: string, value: string, maxWidth: number): Pair => {
			const lw = measure.width(label, size.small);
			const vw = measure.width(value, size.value, 700);
			if (lw + space + vw <= maxWidth)
				return { label: [label], value, inline: true, height: size.value };
			const lines = wrap(label, maxWidth, size.small, measure);
			const height = textHeight(lines.length, size.small) + size.value * 0.35 + size.value;
			return { label: lines, value, inline: false, height };
		};
		/** A pair's marks, its top at `top`; a value the state does not show is set plain and soft. */
		const drawPair = (p: Pair, left: number, top: number, lit: boolean): Mark[] => {
			const value = { weight: lit ? 700 : 400, fill: lit ? palette.ink : palette.inkSoft } as const;
			const soft = { fill: palette.inkSoft };
			if (p.inline) {
				const base = top + measure.ascent * size.value;
				const after = left + measure.width(p.label[0]!, size.small) + space;
				return [
					text(left, base, p.label, size.small, soft),
					text(after, base, p.value, size.value, value)
				];
			}
			const last = top + p.height - size.value + measure.ascent * size.value;
			return [
				text(left, top + measure.ascent * size.small, p.label, size.small, soft),
				text(left, last, p.value, size.value, value)
			];
		};

		/** An industry's box, measured: its name, and its bar or result. */
		const boxes = data.industries.map((i) => {
			const col = place(i.system);
			const inner = col.w - 2 * pad;
			const name = wrap(lex.terms.industry[i.id] ?? i.id, inner, size.label, measure, 700);
			const e = extra(i, ALL);
			const bar = (barLength(i, ALL, max) / 100) * width;
			let info: Pair | undefined;
			let beside = false;
			if (e?.kind === 'target') {
				const label = targetLabel(e, { w, lex, fmt });
				// after the bar where it fits, else under it
				const after = pair(label, fmt.quantity(e.figure), inner - bar - 2 * space);
				beside = after.inline;
				info = beside ? after : pair(label, fmt.quantity(e.figure), inner);
			} else if (e?.kind === 'result') {
				const label = w.resultLabel({ year: fmt.year(e.figure.year), what: w.result[e.of] });
				info = pair(label, fmt.quantity(e.figure), inner);
			}
			const nameHeight = textHeight(name.length, size.label);
			const extraHeight = !info
				? 0
				: bar > 0
					? beside
						? Math.max(barHeight, info.height)
						: barHeight + size.small * 0.5 + info.height
					: info.height;
			const height = pad + nameHeight + (info ? size.label * 0.45 + extraHeight : 0) + pad;
			return { i, col, name, bar, beside, info, nameHeight, height, top: y };
		});

		/** A tier heading, measured: the year on a system's first, and the tier's name. */
		const headings = data.headings.map((h) => {
			const col = place(h.system);
			const year = h.row === 0 ? String(data.systems.find((s) => s.key === h.system)!.year) : '';
			const yearWidth = year ? measure.width(year, size.label, 700) + space : 0;
			const name = tierName(lex, data, h.system, h.tier);
			const lines = wrap(name, col.w - yearWidth, size.label, measure, 700);
			return { ...h, col, year, yearWidth, name: lines, top: y };
		});

		// tier by tier, both columns' headings level (leading beside leading, distinctive beside
		// distinctive); under them each column's boxes stack as tall as each needs
		const end = { before: y, after: y };
		const tiers = (system: SystemKey) => headings.filter((h) => h.system === system);
		const count = Math.max(...SYSTEMS.map((s) => tiers(s).length));
		for (let k = 0; k < count; k++) {
			const level = headings.filter((h) => tiers(h.system)[k] === h);
			const top = Math.max(...level.map((h) => end[h.system])) + (k === 0 ? 0 : size.label);
			const lines = Math.max(...level.map((h) => h.name.length));
			for (const h of level) {
				h.top = top;
				let cursor = top + textHeight(lines, size.label) + size.label * 0.4;
				for (const b of boxes.filter((b) => b.i.system === h.system && b.i.tier === h.tier)) {
					b.top = cursor;
					cursor += b.height + rowGap;
				}
				end[h.system] = cursor - rowGap;
			}
		}
		const marks: Mark[] = [];

		// the links first, so the boxes cover their ends
		for (const l of links(data, state)) {
			const a = boxes.find((b) => b.i.system === 'before' && b.i.id === l.from);
			const b = boxes.find((b) => b.i.system === 'after' && b.i.id === l.to);
			if (!a || !b) continue;
			const x1 = a.col.left + a.col.w;
			const x2 = b.col.left;
			const y1 = a.top + a.height / 2;
			const y2 = b.top + b.height / 2;
			const bend = (x2 - x1) / 2;
			marks.push({
				type: 'path',
				d: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`,
				fill: 'none',
				stroke: palette.inkSoft,
				strokeWidth: size.small * 0.1
			});
		}

		for (const h of headings) {
			const lit = shows(h.system, state);
			const base = h.top + measure.ascent * size.label;
			const weight = lit ? 700 : 400;
			if (h.year)
				marks.push(
					text(h.col.left, base, h.year, size.label, {
						weight,
						fill: lit ? palette.accent : palette.inkSoft
					})
				);
			marks.push(
				text(h.col.left + h.yearWidth, base, h.name, size.label, {
					weight,
					fill: lit ? palette.ink : palette.inkSoft
				})
			);
		}

		for (const b of boxes) {
			const lit = shows(b.i.system, state);
			const featured = b.i.tier === 'featured';
			const { top } = b;
			marks.push({
				type: 'rect',
				x: b.col.left,
				y: top,
				width: b.col.w,
				height: b.height,
				fill: featured ? palette.secondarySoft : palette.accentSoft,
				stroke: featured ? palette.secondary : palette.accent,
				strokeWidth: 1.5,
				...(featured ? { dash: `${size.small * 0.3} ${size.small * 0.2}` } : {}),
				...(lit ? {} : { opacity: DIMMED })
			});
			const left = b.col.left + pad;
			marks.push(
				text(left, top + pad + measure.ascent * size.label, b.name, size.label, {
					weight: lit ? 700 : 400,
					fill: lit ? palette.ink : palette.inkSoft
				})
			);
			if (!b.info) continue;
			/** Whether the state shows this figure. */
			const on = extra(b.i, state) !== undefined;
			const below = top + pad + b.nameHeight + size.label * 0.45;
			if (b.bar > 0) {
				const line = b.beside ? Math.max(barHeight, b.info.height) : barHeight;
				marks.push({
					type: 'rect',
					x: left,
					y: below + (line - barHeight) / 2,
					width: b.bar,
					height: barHeight,
					fill: palette.accent,
					stroke: palette.accent,
					strokeWidth: 1.5,
					hatch: true,
					...(on ? {} : { opacity: DIMMED })
				});
				marks.push(
					...(b.beside
						? drawPair(b.info, left + b.bar + 2 * space, below + (line - b.info.height) / 2, on)
						: drawPair(b.info, left, below + barHeight + size.small * 0.5, on))
				);
			} else marks.push(...drawPair(b.info, left, below, on));
		}

		return { marks, height: Math.max(end.before, end.after) - y };
	}
});
