/**
 * How the health rows are drawn, for the browser's chart and its picture alike: each mark's
 * shape and fill, where a value sits on its row's own scale, and the key's words.
 */
import type { Kind } from '$lib/data/schema';
import { drawn } from '../motion';
import { MARKS, type HealthRow, type Mark } from './spec';
import type { Words } from './zh';

export type Shape = 'square' | 'circle' | 'diamond';
export type Look = 'solid' | 'hatched' | 'outlined';

/** How a mark is drawn: its place's shape, and its kind's fill (the 2030 target outlined). */
export function glyph(mark: Mark, kind: Kind): { shape: Shape; look: Look } {
	const shape = mark === 'province' ? 'square' : mark === 'city' ? 'circle' : 'diamond';
	const look = drawn(kind) === 'solid' ? 'solid' : mark === 't2030' ? 'outlined' : 'hatched';
	return { shape, look };
}

/** Position of a value on its row's own scale, in % of the row's width: 8–92. */
export function place(r: HealthRow, v: number): number {
	const values = MARKS.map((key) => r[key].value);
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	return hi === lo ? 50 : 8 + ((v - lo) / (hi - lo)) * 84;
}

/** A key entry: the baselines are undated words, the targets name their year (the first row's). */
export function keyText(w: Words, mark: Mark, first: HealthRow): string {
	const entry = w.key[mark];
	return typeof entry === 'string' ? entry : entry({ year: first[mark].year });
}
