/**
 * The timeline as a picture: the years down an axis at the left, solid through the plan period
 * and dotted across the ten years after 2025 (drawn shorter, and labelled so beside the dots,
 * on no milestone's line), each year's milestones beside its dot. The state's era is in bold and
 * quoted: in Chinese, in the sources' own words; in English, in the gloss, with the Chinese
 * original and the source in small print under it. The other milestones stay in soft type.
 * Years sit where the browser's scale puts them, lower only where the year above needs the room.
 */
import { LEADING, text, type Mark } from '$lib/picture/scene';
import { widest, wrap, type Weight } from '$lib/picture/text';
import { definePicture } from '$lib/picture/types';
import { byYear, DOMAIN, inQuotes, place } from './layout';
import {
	glossOf,
	lit,
	quoted,
	titleOf,
	type Milestone,
	type TimelineData,
	type TimelineState
} from './spec';
import type { Words } from './zh';

/** How far into the shortened stretch the axis stays solid, as in the browser's axis. */
const SOLID = 1 / 3;

interface Run {
	weight?: Weight;
	/** Set after the previous run's last line where it fits, as inline text is. */
	follow?: boolean;
	lang?: string;
}

export const picture = definePicture<TimelineData, TimelineState, Words>({
	layout(data, state, { w, lex, fmt, locale }, { x, y, width, measure, size, palette }) {
		const { ascent, descent } = measure;
		const years = byYear(data.milestones);
		const r = size.small * 0.3;
		const axisX = x + r;
		const yearX = axisX + r + size.label * 0.5;
		// the gap's note sits in the years' column, so the column holds it too
		const yearWidth = Math.max(
			widest(
				years.map((g) => String(g.year)),
				size.label,
				measure,
				700
			),
			measure.width(w.gapNote, size.small)
		);
		const left = yearX + yearWidth + size.label * 0.75;
		const right = x + width;
		const column = right - left;
		/** The quotes are Chinese in every edition: marked so where the picture is not. */
		const zh = locale === 'zh' ? {} : { lang: 'zh-CN' };

		/** One year's milestones, the first line's top at `top`: their marks and their bottom. */
		function block(items: Milestone[], top: number): { marks: Mark[]; bottom: number } {
			const marks: Mark[] = [];
			let bottom = top;
			let first = true;
			/** The last line's end and baseline, for a run that follows on it. */
			let end = left;
			let baseline = top;
			const run = (
				content: string,
				sz: number,
				fill: string,
				{ weight = 400, follow = false, lang }: Run = {}
			) => {
				const gap = sz * 0.3;
				const one = measure.width(content, sz, weight);
				const more = lang ? { lang } : {};
				if (follow && end + gap + one <= right) {
					marks.push(text(end + gap, baseline, content, sz, { fill, weight, ...more }));
					end += gap + one;
					bottom = Math.max(bottom, baseline + descent * sz);
					return;
				}
				const lines = wrap(content, column, sz, measure, weight);
				const start = (first ? top : bottom + sz * (LEADING - 1)) + ascent * sz;
				first = false;
				marks.push(text(left, start, lines, sz, { fill, weight, ...more }));
				baseline = start + (lines.length - 1) * sz * LEADING;
				end = left + measure.width(lines[lines.length - 1] ?? '', sz, weight);
				bottom = baseline + descent * sz;
			};
			items.forEach((m, i) => {
				// a little air between milestones of one year
				if (i > 0) bottom += size.label * 0.3;
				const on = lit(m, state);
				// the vision's titles keep the accent, lit or not, as in the browser
				const ink = m.era === 'vision' ? palette.accent : on ? palette.ink : palette.inkSoft;
				run(titleOf(m, { w, lex }), size.label, ink, { weight: on ? 700 : 400 });
				if (m.figure) {
					// on a line of its own: set after the title, the two names would read as one
					run(lex.metrics[m.figure.id] ?? '', size.label, palette.inkSoft);
					// bold, as the browser's figure is, where the milestone is lit
					run(fmt.quantity(m.figure), size.label, palette.inkSoft, {
						follow: true,
						weight: on ? 700 : 400
					});
				}
				if (quoted(m, state)) {
					const gloss = glossOf(m, w);
					// where the locale glosses the quote, the gloss is what its reader reads: set in
					// the quote's place, with the Chinese original after it in small print, as evidence
					if (gloss) {
						run(`“${gloss}”`, size.label, palette.ink);
						run(inQuotes(m.quote), size.small, palette.inkSoft, zh);
					} else run(inQuotes(m.quote), size.label, palette.ink, zh);
					run(w.cite({ source: lex.sources[m.source] ?? m.source }), size.small, palette.inkSoft, {
						follow: true
					});
				}
			});
			return { marks, bottom };
		}

		// years where the browser's scale puts them (2020 to 2025 across 35% of the width), or
		// under the year above where it needs the room
		const unit = (width * 0.35) / (place(DOMAIN[1]!) - place(DOMAIN[0]!));
		const note = (ascent + descent) * size.small;
		/** A year's dot, below the top of its number. */
		const drop = (ascent - 0.36) * size.label;
		/** Air around the gap's note: above and below it, no line of a milestone. */
		const air = size.small * 0.8;
		const rows: { year: number; top: number; dot: number; marks: Mark[]; bottom: number }[] = [];
		for (const { year, items } of years) {
			const prev = rows[rows.length - 1];
			let top = y + (place(year) - place(DOMAIN[0]!)) * unit;
			if (prev) {
				top = Math.max(top, prev.bottom + size.label * 0.9);
				// the shortened stretch holds its note on a line of its own: under the last line of
				// the year above, over the next year's number, and beside the dots (the dots start a
				// third of the way down, so the stretch is half again the note and its air)
				if (prev.year <= DOMAIN[1]! && year > DOMAIN[1]!)
					top = Math.max(
						top,
						prev.bottom + air + note + air,
						prev.top + 1.5 * (drop + note + 2 * air)
					);
			}
			const drawn = block(items, top);
			rows.push({ year, top, dot: top + drop, ...drawn });
		}

		const marks: Mark[] = [];
		const stroke = { stroke: palette.inkSoft, strokeWidth: Math.max(1.5, size.small * 0.1) };
		const first = rows[0]!;
		const last = rows[rows.length - 1]!;
		const breakAt = rows.findIndex((row) => row.year > DOMAIN[1]!);
		const before = breakAt > 0 ? rows[breakAt - 1]! : last;
		const after = breakAt > 0 ? rows[breakAt]! : last;
		const solid = before.dot + (after.dot - before.dot) * SOLID;
		marks.push({ type: 'line', x1: axisX, x2: axisX, y1: first.dot, y2: solid, ...stroke });
		if (breakAt > 0) {
			marks.push({
				type: 'line',
				x1: axisX,
				x2: axisX,
				y1: solid,
				y2: after.dot,
				dash: `${stroke.strokeWidth} ${stroke.strokeWidth * 3}`,
				...stroke
			});
			// "ten years" halfway down the dots, in the air between the year above's last line and
			// the next year's number: never on a milestone's line, where it would read as its words
			const mid = (solid + after.dot) / 2 - note / 2;
			const top = Math.min(Math.max(mid, before.bottom + air, solid + air), after.top - air - note);
			marks.push(
				text(yearX, top + ascent * size.small, w.gapNote, size.small, { fill: palette.inkSoft })
			);
		}
		for (const row of rows) {
			marks.push({ type: 'circle', cx: axisX, cy: row.dot, r, fill: palette.accent });
			marks.push(
				text(yearX, row.top + ascent * size.label, String(row.year), size.label, {
					weight: 700,
					fill: palette.ink
				})
			);
			marks.push(...row.marks);
		}
		return { marks, height: last.bottom - y };
	}
});
