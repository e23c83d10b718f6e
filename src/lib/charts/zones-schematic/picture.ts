/**
 * The zones and towns schematic as a picture: the four development zones as cards in two
 * columns (each with its role written out when the state shows the zones, in the final state
 * as in the one about them; the states about the towns keep their names alone), then the ten
 * subdistricts and towns as rows of a matrix whose columns are the roles the plan gives them,
 * a filled square where a town's role names the column's role, an outline where it does not.
 * What the state highlights is in full colour, the rest dimmed: the cards, every role column or
 * one (its heading and its towns' names emphasised). The note that it is not a map closes it.
 */
import { definePicture } from '$lib/picture/types';
import { LEADING, text, textHeight, type Mark } from '$lib/picture/scene';
import { DIMMED } from '$lib/picture/palette';
import { widest, wrap, type Measure } from '$lib/picture/text';
import { LANG_TAG, type Locale } from '$lib/i18n/locale';
import { zhRuns } from '$lib/i18n/runs';
import { focusedRole, lit, type ZonesData, type ZonesState } from './spec';
import type { Words } from './zh';

/**
 * Lines of text from `top` down; on an English picture the Chinese they quote ("专栏4") is set
 * as runs of its own, marked as Chinese, end to end, as the HTML's `Mixed` marks it.
 */
function mixed(
	lines: string[],
	x: number,
	top: number,
	size: number,
	measure: Measure,
	fill: string,
	locale: Locale
): Mark[] {
	const first = top + measure.ascent * size;
	if (locale === 'zh') return [text(x, first, lines, size, { fill })];
	return lines.flatMap((line, i) => {
		let at = x;
		return zhRuns(line).map((run) => {
			const mark = text(at, first + i * size * LEADING, run.text, size, {
				fill,
				...(run.zh ? { lang: LANG_TAG.zh } : {})
			});
			at += measure.width(run.text, size);
			return mark;
		});
	});
}

export const picture = definePicture<ZonesData, ZonesState, Words>({
	layout(data, state, { w, lex, locale }, { x, y, width, measure, size, palette }) {
		const marks: Mark[] = [];
		let top = y;

		// the zones: cards, two to a row, each as tall as its words; their roles written out
		// whenever the state shows the zones (the final state and the one about them)
		const zonesLit = lit('zones', state);
		const withRoles = zonesLit;
		const gap = size.small * 0.6;
		const inset = size.small * 0.6;
		const cardWidth = (width - gap) / 2;
		const inner = cardWidth - 2 * inset;
		const cards = data.zones.map((z) => {
			const name = wrap(lex.terms.zone[z.id] ?? z.id, inner, size.label, measure, 700);
			const role = withRoles
				? wrap(lex.terms.zoneRole[z.id] ?? '', inner, size.small, measure)
				: [];
			const height =
				2 * inset +
				textHeight(name.length, size.label) +
				(role.length ? size.small * 0.5 + textHeight(role.length, size.small) : 0);
			return { name, role, height };
		});
		for (let row = 0; row < cards.length; row += 2) {
			const pair = cards.slice(row, row + 2);
			const height = Math.max(...pair.map((c) => c.height));
			pair.forEach((c, j) => {
				const left = x + j * (cardWidth + gap);
				marks.push(
					{
						type: 'rect',
						x: left,
						y: top,
						width: cardWidth,
						height,
						rx: size.small * 0.2,
						fill: zonesLit ? palette.accentSoft : 'none',
						stroke: zonesLit ? palette.accent : palette.rule,
						strokeWidth: 1
					},
					text(left + inset, top + inset + measure.ascent * size.label, c.name, size.label, {
						weight: 700,
						fill: zonesLit ? palette.ink : palette.inkSoft
					})
				);
				if (c.role.length)
					marks.push(
						text(
							left + inset,
							top +
								inset +
								textHeight(c.name.length, size.label) +
								size.small * 0.5 +
								measure.ascent * size.small,
							c.role,
							size.small,
							{ fill: zonesLit ? palette.ink : palette.inkSoft }
						)
					);
			});
			top += height + gap;
		}

		// the matrix: the towns' names, then a column per role, its heading over it
		top += size.label;
		const role = focusedRole(state);
		const names = data.towns.map((t) => lex.terms.town[t.id] ?? t.id);
		const labelWidth = widest(names, size.label, measure, role ? 700 : 400) + size.label;
		const band = (width - labelWidth) / data.roles.length;
		const headings = data.roles.map((r) =>
			wrap(w.roles[r], band - size.small * 0.5, size.small, measure, r === role ? 700 : 400)
		);
		const headingHeight = Math.max(...headings.map((h) => textHeight(h.length, size.small)));
		data.roles.forEach((r, j) => {
			const lines = headings[j]!;
			// set on the line above the rows, however many lines it takes
			const first =
				top + headingHeight - textHeight(lines.length, size.small) + measure.ascent * size.small;
			marks.push(
				text(x + labelWidth + (j + 0.5) * band, first, lines, size.small, {
					anchor: 'middle',
					weight: r === role ? 700 : 400,
					fill: r === role ? palette.accent : palette.inkSoft
				})
			);
		});
		top += headingHeight + size.small * 0.4;

		const rowHeight = size.label * 1.8;
		const side = rowHeight * 0.6;
		data.towns.forEach((t, i) => {
			const middle = top + (i + 0.5) * rowHeight;
			// a town is named in ink when what the state highlights includes it
			const named = state.focus !== 'zones' && (!role || t.roles.includes(role));
			marks.push(
				text(x, middle - size.label / 2 + measure.ascent * size.label, names[i]!, size.label, {
					weight: role && named ? 700 : 400,
					fill: named ? palette.ink : palette.inkSoft
				})
			);
			data.roles.forEach((r, j) => {
				const on = t.roles.includes(r);
				const full = lit(r, state) || (!on && state.focus !== 'zones');
				marks.push({
					type: 'rect',
					x: x + labelWidth + (j + 0.5) * band - side / 2,
					y: middle - side / 2,
					width: side,
					height: side,
					fill: on ? palette.accent : 'none',
					stroke: on ? palette.accent : palette.rule,
					strokeWidth: 1,
					opacity: full ? 1 : DIMMED
				});
			});
		});
		top += data.towns.length * rowHeight + size.small;

		const note = wrap(w.note, width, size.small, measure);
		marks.push(...mixed(note, x, top, size.small, measure, palette.inkSoft, locale));
		top += textHeight(note.length, size.small);
		return { marks, height: top - y };
	}
});
