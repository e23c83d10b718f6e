/**
 * Where Changqing lies, as a picture: Jinan's districts and counties to scale, each named inside
 * its shape where the name fits; the small districts of the city centre, where it does not, are
 * named in a list beside them with a leader line to each. Changqing is in full colour and named
 * in bold when the state picks it out; otherwise every district is dimmed alike. Beside the map,
 * what the interactive chart writes under it: the plan's sentence on Changqing's position with
 * its source, Changqing's 2020 population and GDP, and the boundaries' credit.
 */
import { definePicture, type PictureBox } from '$lib/picture/types';
import { LEADING, text, textHeight, type Mark } from '$lib/picture/scene';
import { DIMMED } from '$lib/picture/palette';
import { widest, wrap } from '$lib/picture/text';
import {
	districtName,
	lit,
	POSITION_QUOTE,
	type District,
	type LocatorData,
	type LocatorState
} from './spec';
import type { Words } from './zh';

type Point = [number, number];
type Ring = Point[];

/** A name's box, in px of the picture. */
interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A name placed outside its district: its box, and its leader from the district to the box. */
interface Callout {
	box: Rect;
	anchor: Point;
	end: Point;
}

/** The rings of a path as data/geo writes it (d3's absolute M, L and Z). */
function rings(d: string): Ring[] {
	const out: Ring[] = [];
	for (const [, command, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/gu)) {
		if (command === 'Z' || command === 'z') continue;
		if (command !== 'M' && command !== 'L')
			throw new Error(`locator-map: path command "${command}" is not drawn`);
		const n = (args ?? '').match(/-?\d*\.?\d+(?:e-?\d+)?/gu)?.map(Number) ?? [];
		if (command === 'M') out.push([]);
		for (let i = 0; i + 1 < n.length; i += 2) out[out.length - 1]!.push([n[i]!, n[i + 1]!]);
	}
	return out;
}

const pathOf = (shape: Ring[]) =>
	shape
		.map((r) => 'M' + r.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join('L') + 'Z')
		.join('');

const meets = (a: Rect, b: Rect, gap: number) =>
	a.x < b.x + b.width + gap &&
	b.x < a.x + a.width + gap &&
	a.y < b.y + b.height + gap &&
	b.y < a.y + a.height + gap;

/** Whether the segment p–q passes through a box (sampled: leader lines are short). */
function crosses(p: Point, q: Point, b: Rect): boolean {
	for (let i = 1; i < 20; i++) {
		const px = p[0] + ((q[0] - p[0]) * i) / 20;
		const py = p[1] + ((q[1] - p[1]) * i) / 20;
		if (px > b.x && px < b.x + b.width && py > b.y && py < b.y + b.height) return true;
	}
	return false;
}

/** Whether two segments cross. */
function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
	const side = (p: Point, q: Point, r: Point) =>
		Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
	return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/**
 * Which district covers each point of a grid over the map, as summed counts per district (the
 * last: none): whether a box lies wholly in one district, or wholly in open ground, is then a few
 * look-ups, so every place for a name can be tried.
 */
function coverage(shapes: Ring[][], area: Rect, step: number) {
	const nx = Math.floor(area.width / step) + 1;
	const ny = Math.floor(area.height / step) + 1;
	// row by row: where a row crosses a shape's edges, it goes in or out of it (even-odd)
	const owners = new Int8Array(nx * ny).fill(-1);
	for (let iy = 0; iy < ny; iy++) {
		const py = area.y + iy * step;
		shapes.forEach((shape, owner) => {
			const xs: number[] = [];
			for (const r of shape)
				for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
					const [xi, yi] = r[i]!;
					const [xj, yj] = r[j]!;
					if (yi > py !== yj > py) xs.push(((xj - xi) * (py - yi)) / (yj - yi) + xi);
				}
			xs.sort((a, b) => a - b);
			for (let i = 0; i + 1 < xs.length; i += 2)
				for (let ix = Math.ceil((xs[i]! - area.x) / step); ix * step + area.x < xs[i + 1]!; ix++)
					if (ix >= 0 && ix < nx) owners[iy * nx + ix] = owner;
		});
	}
	const sums = shapes.map(() => new Int32Array((nx + 1) * (ny + 1)));
	sums.push(new Int32Array((nx + 1) * (ny + 1)));
	for (let iy = 0; iy < ny; iy++)
		for (let ix = 0; ix < nx; ix++) {
			const o = owners[iy * nx + ix]!;
			const t = o < 0 ? shapes.length : o;
			const at = (iy + 1) * (nx + 1) + ix + 1;
			sums.forEach((sum, s) => {
				sum[at] = (s === t ? 1 : 0) + sum[at - 1]! + sum[at - nx - 1]! - sum[at - nx - 2]!;
			});
		}
	const count = (sum: Int32Array, ix0: number, iy0: number, ix1: number, iy1: number) =>
		sum[(iy1 + 1) * (nx + 1) + ix1 + 1]! -
		sum[iy0 * (nx + 1) + ix1 + 1]! -
		sum[(iy1 + 1) * (nx + 1) + ix0]! +
		sum[iy0 * (nx + 1) + ix0]!;

	return {
		/** The district a point lies in, or -1, to the grid's nearest point. */
		owner([px, py]: Point): number {
			const ix = Math.min(nx - 1, Math.max(0, Math.round((px - area.x) / step)));
			const iy = Math.min(ny - 1, Math.max(0, Math.round((py - area.y) / step)));
			return owners[iy * nx + ix]!;
		},
		/**
		 * Whether a box lies on the map and in `owner` (a district's index, or -1: none): wholly,
		 * or at least the `share` of it.
		 */
		fits(owner: number, b: Rect, share = 1): boolean {
			const ix0 = Math.floor((b.x - area.x) / step);
			const iy0 = Math.floor((b.y - area.y) / step);
			const ix1 = Math.ceil((b.x + b.width - area.x) / step);
			const iy1 = Math.ceil((b.y + b.height - area.y) / step);
			if (ix0 < 0 || iy0 < 0 || ix1 >= nx || iy1 >= ny) return false;
			const sum = sums[owner < 0 ? shapes.length : owner]!;
			return count(sum, ix0, iy0, ix1, iy1) >= share * (ix1 - ix0 + 1) * (iy1 - iy0 + 1);
		},
		/**
		 * The grid's places for a box of this size, as the boxes' top left corners: on the whole
		 * map, or where the box lies within `bounds`; every `stride`th point.
		 */
		corners(width: number, height: number, bounds: Rect = area, stride = 1): Point[] {
			const out: Point[] = [];
			const x0 = Math.max(area.x, bounds.x);
			const y0 = Math.max(area.y, bounds.y);
			const x1 = Math.min(area.x + area.width, bounds.x + bounds.width) - width;
			const y1 = Math.min(area.y + area.height, bounds.y + bounds.height) - height;
			const first = (v: number, from: number) => from + Math.ceil((v - from) / step) * step;
			for (let py = first(y0, area.y); py <= y1; py += step * stride)
				for (let px = first(x0, area.x); px <= x1; px += step * stride) out.push([px, py]);
			return out;
		}
	};
}

/** The names near each other (within `reach`, link by link): each group is listed together. */
function groups(points: Point[], reach: number): number[][] {
	const group = points.map((_, i) => i);
	const root = (i: number): number => (group[i] === i ? i : root(group[i]!));
	points.forEach((p, i) =>
		points.forEach((q, j) => {
			if (j > i && Math.hypot(p[0] - q[0], p[1] - q[1]) <= reach) group[root(j)] = root(i);
		})
	);
	const out = new Map<number, number[]>();
	points.forEach((_, i) => out.set(root(i), [...(out.get(root(i)) ?? []), i]));
	return [...out.values()].sort((a, b) => b.length - a.length);
}

/**
 * The map's marks, its names placed, `mapWidth` wide at the box's top left. The names that do
 * not fit inside their districts are listed beside them, or, for a slide, left out, as the
 * slide on screen leaves them: the small districts of the city centre.
 */
function drawMap(
	data: LocatorData,
	state: LocatorState,
	w: Words,
	{ x, y, measure, size, palette, slide }: PictureBox,
	mapWidth: number
): { marks: Mark[]; height: number } {
	const raw = data.districts.map((d) => rings(d.d));
	const all = raw.flat(2);
	const x0 = Math.min(...all.map((p) => p[0]));
	const x1 = Math.max(...all.map((p) => p[0]));
	const y0 = Math.min(...all.map((p) => p[1]));
	const y1 = Math.max(...all.map((p) => p[1]));
	const k = mapWidth / (x1 - x0);
	const at = ([px, py]: Point): Point => [x + (px - x0) * k, y + (py - y0) * k];
	const shapes = raw.map((shape) => shape.map((r) => r.map(at)));
	const height = (y1 - y0) * k;
	const step = size.small * 0.25;
	const grid = coverage(shapes, { x, y, width: mapWidth, height }, step);

	const marks: Mark[] = data.districts.map((d, i) => ({
		type: 'path',
		d: pathOf(shapes[i]!),
		fill: palette.accent,
		stroke: palette.paper,
		strokeWidth: 1.5 * k,
		opacity: lit(d, state) ? 1 : DIMMED
	}));

	const pad = size.small * 0.15;
	/** A name set in `lines`: its box's size, and its text in a box, centred or to one side. */
	const named = (d: District, lines: string[], small = false) => {
		const picked = lit(d, state);
		const fontSize = picked && !small ? size.label : size.small;
		const weight = picked ? 700 : 400;
		const width = widest(lines, fontSize, measure, weight) + 2 * pad;
		return {
			width,
			height: textHeight(lines.length, fontSize) + 2 * pad,
			mark: (b: Rect, fill: string, anchor: 'start' | 'middle' | 'end' = 'middle') =>
				text(
					anchor === 'start' ? b.x + pad : anchor === 'end' ? b.x + width - pad : b.x + width / 2,
					b.y + pad + measure.ascent * fontSize,
					lines,
					fontSize,
					{ anchor, weight, fill, ...(slide && picked ? { halo: palette.accent } : {}) }
				)
		};
	};

	// a slide's names, in the slide's large type, may reach over their districts' edges, as on
	// screen: the picked one, in paper on the accent, outlined in the accent where it does
	const share = (d: District) => (!slide ? 1 : lit(d, state) ? 0.5 : 0.6);
	// inside: Changqing first, then the largest, each nearest its label point where it fits
	const placed: Rect[] = [];
	const outside: { d: District; i: number }[] = [];
	const bounds = shapes.map((shape): Rect => {
		const xs = shape.flat().map((p) => p[0]);
		const ys = shape.flat().map((p) => p[1]);
		const left = Math.min(...xs);
		const top = Math.min(...ys);
		return { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
	});
	const areas = data.districts.map(() => 0);
	for (const p of grid.corners(0, 0)) if (grid.owner(p) >= 0) areas[grid.owner(p)]!++;
	const order = data.districts
		.map((d, i) => ({ d, i, area: areas[i]! }))
		.sort((a, b) => Number(b.d.home) - Number(a.d.home) || b.area - a.area);
	for (const { d, i } of order) {
		const [lx, ly] = at(d.label);
		const name = districtName(w, d.id);
		// on one line, or on two ("Pingyin / County") where one is too wide; a name in bold that
		// does not fit its district tries the small size before it goes outside
		const fit = [[name], ...(name.includes(' ') ? [name.split(' ')] : [])]
			.flatMap((lines) => [
				{ lines, small: false },
				{ lines, small: true }
			])
			.map(({ lines, small }) => {
				const n = named(d, lines, small);
				const distance = ([bx, by]: Point) =>
					Math.hypot(bx + n.width / 2 - lx, by + n.height / 2 - ly);
				const b = bounds[i]!;
				// on a slide, a name wider than its district may stand out of it on each side
				const reach = slide ? { x: n.width / 2, y: n.height / 2 } : { x: 0, y: 0 };
				const box = grid
					.corners(n.width, n.height, {
						x: b.x - reach.x,
						y: b.y - reach.y,
						width: b.width + 2 * reach.x,
						height: b.height + 2 * reach.y
					})
					.map(([bx, by]) => ({ x: bx, y: by, width: n.width, height: n.height }))
					.filter((b) => grid.fits(i, b, share(d)) && !placed.some((p) => meets(p, b, pad)))
					.sort((a, b) => distance([a.x, a.y]) - distance([b.x, b.y]))[0];
				return box && { box, n };
			})
			.find((f) => f !== undefined);
		if (!fit) {
			// a slide may leave out a name, but not the one it is about
			if (slide && lit(d, state))
				throw new Error(`locator-map: no room for ${name} in its district at this size`);
			if (!slide) outside.push({ d, i });
			continue;
		}
		placed.push(fit.box);
		marks.push(fit.n.mark(fit.box, lit(d, state) ? palette.paper : palette.ink));
	}

	// outside, in open ground: a leader costs its length, and thrice where it crosses another
	// district; names near each other are listed together, one under another
	const anchors = outside.map(({ d }) => at(d.label));
	const dots = anchors.map(([ax, ay]): Rect => {
		const r = size.small / 2;
		return { x: ax - r, y: ay - r, width: 2 * r, height: 2 * r };
	});
	const leaders: [Point, Point][] = [];
	const cost = ({ anchor, end }: Callout, own: number) => {
		const length = Math.hypot(end[0] - anchor[0], end[1] - anchor[1]);
		let across = 0;
		for (let t = step; t < length; t += step) {
			const under = grid.owner([
				anchor[0] + ((end[0] - anchor[0]) * t) / length,
				anchor[1] + ((end[1] - anchor[1]) * t) / length
			]);
			if (under >= 0 && under !== own) across += step;
		}
		return length + 2 * across;
	};
	/** Whether callouts can all be drawn: in open ground, clear of names, dots and leaders. */
	const clear = (callouts: Callout[]) => {
		const boxes = [...placed];
		const lines = [...leaders];
		for (const { box, anchor, end } of callouts) {
			if (!grid.fits(-1, box) || dots.some((p) => meets(p, box, 0))) return false;
			// a leader passing close by another district's dot would seem to point at it
			if (anchors.some((a, j) => a !== anchor && crosses(anchor, end, dots[j]!))) return false;
			if (boxes.some((p) => meets(p, box, pad) || crosses(anchor, end, p))) return false;
			if (lines.some(([a, b]) => segmentsCross(anchor, end, a, b) || crosses(a, b, box)))
				return false;
			boxes.push(box);
			lines.push([anchor, end]);
		}
		return true;
	};

	for (const group of groups(anchors, size.label * 4)) {
		const members = group
			.map((g) => ({
				...outside[g]!,
				anchor: anchors[g]!,
				n: named(outside[g]!.d, [districtName(w, outside[g]!.d.id)])
			}))
			.sort((a, b) => a.anchor[1] - b.anchor[1]);
		// a list to the left or the right of them, in their districts' order from the top
		let best: { cost: number; callouts: Callout[]; align: 'start' | 'end' } | undefined;
		const listHeight = members.reduce((sum, m) => sum + m.n.height + pad, -pad);
		const west = Math.min(...members.map((m) => m.anchor[0])) - size.small;
		const east = Math.max(...members.map((m) => m.anchor[0])) + size.small;
		for (const align of ['end', 'start'] as const)
			for (const [edge, top] of grid.corners(0, listHeight, undefined, 2)) {
				if (align === 'end' ? edge > west : edge < east) continue;
				let below = top;
				const callouts = members.map(({ n, anchor }) => {
					const box = {
						x: align === 'end' ? edge - n.width : edge,
						y: below,
						width: n.width,
						height: n.height
					};
					below += n.height + pad;
					return { box, anchor, end: [edge, box.y + box.height / 2] as Point };
				});
				if (!callouts.every(({ box }) => grid.fits(-1, box))) continue;
				const c = callouts.reduce((sum, callout, j) => sum + cost(callout, members[j]!.i), 0);
				if (best && c >= best.cost) continue;
				if (clear(callouts)) best = { cost: c, callouts, align };
			}
		if (!best)
			throw new Error(
				`locator-map: no room beside the map for the districts’ names (${members.map((m) => districtName(w, m.d.id)).join(', ')})`
			);
		best.callouts.forEach(({ box, anchor, end }, j) => {
			placed.push(box);
			leaders.push([anchor, end]);
			marks.push(
				{ type: 'line', x1: anchor[0], y1: anchor[1], x2: end[0], y2: end[1], stroke: palette.ink },
				{ type: 'circle', cx: anchor[0], cy: anchor[1], r: size.small * 0.12, fill: palette.ink },
				members[j]!.n.mark(box, palette.ink, best!.align)
			);
		});
	}
	return { marks, height };
}

/** An opening quotation mark: hung in the margin, so the words align with the lines under them. */
const OPENING = /^[“‘「]/u;

export const picture = definePicture<LocatorData, LocatorState, Words>({
	layout(data, state, { w, fmt, lex }, box) {
		const { x, y, width, measure, size, palette } = box;
		const gap = size.label * 2;
		const mapWidth = Math.round(width * 0.5);
		if (box.slide) {
			// a slide's title quotes the plan and its lines give the rest: the map, its names all
			// at the label's size, and the boundaries' credit at its foot
			const map = drawMap(
				data,
				state,
				w,
				{ ...box, size: { ...size, small: size.label } },
				mapWidth
			);
			const cx = x + mapWidth + gap;
			const credit = wrap(w.credit, x + width - cx, size.label, measure);
			const top = y + map.height - textHeight(credit.length, size.label);
			return {
				marks: [
					...map.marks,
					text(cx, top + measure.ascent * size.label, credit, size.label, { fill: palette.inkSoft })
				],
				height: map.height
			};
		}
		const map = drawMap(data, state, w, box, mapWidth);
		const marks: Mark[] = [...map.marks];

		// beside the map, what the HTML writes under it; nothing is picked out in the city state
		const cx = x + mapWidth + gap;
		const column = x + width - cx;
		const on = state.highlight;
		const ink = on ? palette.ink : palette.inkSoft;
		let top = y;
		const block = (
			content: string,
			fontSize: number,
			more: { weight?: 400 | 700; fill?: string; lang?: string } = {}
		) => {
			const weight = more.weight ?? 400;
			const hang = OPENING.test(content) ? measure.width(content.charAt(0), fontSize, weight) : 0;
			const lines = wrap(content, column, fontSize, measure, weight);
			const baseline = top + measure.ascent * fontSize;
			if (hang)
				marks.push(
					text(cx - hang, baseline, lines[0]!, fontSize, more),
					text(cx, baseline + fontSize * LEADING, lines.slice(1), fontSize, more)
				);
			else marks.push(text(cx, baseline, lines, fontSize, more));
			top += textHeight(lines.length, fontSize);
		};

		const quote = w.quote({ original: POSITION_QUOTE });
		const big = Math.round(size.label * 1.25);
		if (quote.text) {
			block(quote.text, big, { weight: on ? 700 : 400, fill: ink });
			top += size.label * 0.4;
			block(quote.original, size.label, { fill: ink, lang: 'zh-CN' });
		} else block(quote.original, big, { weight: on ? 700 : 400, fill: ink });
		top += size.small * 0.5;
		block(w.cite({ source: lex.sources[data.quoteSource] ?? data.quoteSource }), size.small, {
			fill: palette.inkSoft
		});

		top += size.label * 1.5;
		block(w.caption({ year: fmt.year(data.facts[0]!.year) }), size.label, {
			weight: 700,
			fill: ink
		});
		for (const f of data.facts) {
			top += size.label * 0.6;
			block(w.fact({ year: fmt.year(f.year), metric: lex.metrics[f.id] ?? f.id }), size.small, {
				fill: palette.inkSoft
			});
			top += size.small * 0.3;
			block(fmt.quantity(f), Math.round(size.value * 1.5), {
				weight: 700,
				fill: on ? palette.accent : palette.inkSoft
			});
		}

		// the map's credit at the foot of the map, or under the figures where they reach lower
		const credit = wrap(w.credit, column, size.small, measure);
		top = Math.max(top + size.label * 1.5, y + map.height - textHeight(credit.length, size.small));
		marks.push(
			text(cx, top + measure.ascent * size.small, credit, size.small, { fill: palette.inkSoft })
		);
		top += textHeight(credit.length, size.small);
		return { marks, height: Math.max(map.height, top - y) };
	}
});
