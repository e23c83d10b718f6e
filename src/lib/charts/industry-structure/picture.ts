/**
 * The 2020 industry structure as a picture: one bar in three segments, each sector's name and
 * share centred on its segment, alternately under and over the bar so narrow ones never meet.
 */
import { definePicture } from '$lib/picture/types';
import { text, textHeight, type Mark } from '$lib/picture/scene';
import { DIMMED } from '$lib/picture/palette';
import type { IndustryStructureData, IndustryStructureState, Sector } from './spec';
import type { Words } from './zh';

export const picture = definePicture<IndustryStructureData, IndustryStructureState, Words>({
	layout(data, state, { w, fmt }, { x, y, width, measure, size, palette }) {
		const colour: Record<Sector, string> = {
			primary: palette.primary,
			secondary: palette.secondary,
			tertiary: palette.tertiary
		};
		const label = textHeight(2, size.label);
		const barTop = y + label + size.label * 0.5;
		const barHeight = size.label * 2.5;
		const total = data.shares.reduce((sum, s) => sum + s.value, 0);
		const marks: Mark[] = [];
		let start = 0;
		data.shares.forEach((s, i) => {
			const lit = state.highlight === null || state.highlight === s.sector;
			const x0 = x + (start / total) * width;
			const w0 = (s.value / total) * width;
			start += s.value;
			marks.push({
				type: 'rect',
				x: x0,
				y: barTop,
				width: w0,
				height: barHeight,
				fill: colour[s.sector],
				stroke: palette.paper,
				strokeWidth: 2,
				opacity: lit ? 1 : DIMMED
			});
			// centred on the segment, but kept inside the chart
			const lines = [w.sector[s.sector], fmt.quantity(s)];
			const half = Math.max(...lines.map((l) => measure.width(l, size.label, lit ? 700 : 400))) / 2;
			const cx = Math.min(Math.max(x0 + w0 / 2, x + half), x + width - half);
			const below = i % 2 === 0;
			const top = below ? barTop + barHeight + size.label * 0.5 : y;
			marks.push(
				text(cx, top + measure.ascent * size.label, lines, size.label, {
					anchor: 'middle',
					weight: lit ? 700 : 400,
					fill: lit ? palette.ink : palette.inkSoft
				})
			);
		});
		return { marks, height: barTop + barHeight + size.label * 0.5 + label - y };
	}
});
