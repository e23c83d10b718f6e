/**
 * Which names the map leaves unwritten: a name that would sit on one already written goes, the
 * smaller districts first (Changqing is always named; the plan's two landmarks keep their room
 * whether shown or not, so no name comes and goes between steps). In the browser the boxes are
 * measured; a page that is never hydrated (an embed) has them estimated, for the square the
 * map will have at the width it assumes.
 */
import type { District, LocatorData } from './spec';

/** A name's box on the page, in CSS pixels. */
export interface NameBox {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Room kept between two names side by side, in CSS pixels. */
const PAD = 2;

/** Ranks names for writing: Changqing, then the landmarks, then the districts by area. */
export function rank(data: LocatorData, name: string): number {
	const d = data.districts.find((x) => x.id === name);
	return !d ? Number.MAX_VALUE : d.home ? Infinity : d.area;
}

/**
 * The names left unwritten, given each one's box in the order they are written (highest rank
 * first): a name is kept when it clears every name kept before it.
 */
export function crowdedOut(boxes: { name: string; box: NameBox }[]): string[] {
	const kept: NameBox[] = [];
	const dropped: string[] = [];
	for (const { name, box: r } of boxes) {
		const hits = kept.some(
			(k) =>
				r.left < k.right + PAD && k.left < r.right + PAD && r.top < k.bottom && k.top < r.bottom
		);
		if (hits) dropped.push(name);
		else kept.push(r);
	}
	return dropped;
}

/**
 * A line of text's width in ems, estimated: a Chinese character is square, Latin letters about
 * three fifths of one (the width of a wide sans, so the estimate errs toward leaving a name out).
 */
export function ems(text: string): number {
	let sum = 0;
	for (const ch of text) {
		if (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch)) sum += 1;
		else if (ch === ' ') sum += 0.3;
		else sum += 0.62;
	}
	return sum;
}

/** The map's names as `Chart.svelte` sets them: sizes in CSS pixels. */
const NAME = { size: 12, home: 16, line: 1.2 };

/**
 * The names a map `side` px square would leave unwritten, from estimated boxes: for a page
 * whose chart is never measured. `names` gives each district's name and each landmark's words.
 */
export function crowdedAt(
	data: LocatorData,
	side: number,
	names: { district: (d: District) => string; river: string; mountain: string },
	home: (d: District) => boolean
): string[] {
	const size = Number(data.viewBox.split(' ')[2]) || 400;
	const at = (p: [number, number]) => [(p[0] / size) * side, (p[1] / size) * side] as const;
	const boxes: { name: string; box: NameBox }[] = data.districts.map((d) => {
		const px = home(d) ? NAME.home : NAME.size;
		const w = ems(names.district(d)) * px * (home(d) ? 1.06 : 1);
		const h = px * NAME.line;
		const [x, y] = at(d.label);
		return {
			name: d.id,
			box: { left: x - w / 2, right: x + w / 2, top: y - h / 2, bottom: y + h / 2 }
		};
	});
	const h = NAME.size * NAME.line;
	// up and to the left of Changqing's corner, moved right by what would overhang the map
	const [rx, ry] = at(data.toward.river);
	const rw = ems(names.river) * NAME.size;
	const rl = rx - Math.min(rw, rx);
	boxes.push({ name: 'toward-river', box: { left: rl, right: rl + rw, top: ry - h, bottom: ry } });
	// under the south-eastern corner, to its left
	const [mx, my] = at(data.toward.mountain);
	const mw = ems(names.mountain) * NAME.size;
	boxes.push({
		name: 'toward-mountain',
		box: { left: mx - mw, right: mx, top: my + 1.6, bottom: my + 1.6 + h }
	});
	boxes.sort((a, b) => rank(data, b.name) - rank(data, a.name));
	return crowdedOut(boxes).filter((n) => data.districts.some((d) => d.id === n));
}
