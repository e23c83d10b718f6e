/**
 * Where the project pipeline's bars go and how each is drawn: the interactive chart and its
 * picture both read their scales and looks from here.
 */
import { scaleBand } from 'd3-scale';
import { drawn } from '../motion';
import type { Slot } from './spec';

/** The slots' band scale, before its domain and range: one band per slot, a little apart. */
export const slotBand = () => scaleBand<string>().paddingInner(0.15).paddingOuter(0.1);

/** The top of the value axis: a quarter above the tallest bar, room for its labels. */
export const valueTop = (slots: Slot[]) =>
	Math.max(...slots.map((s) => s.figure?.value ?? 0)) * 1.25;

/** How a slot is drawn: a reserve list is neither done nor planned for the year, so outlined. */
export const look = (s: Slot): 'solid' | 'hatched' | 'outlined' =>
	s.kind === 'reserve' ? 'outlined' : drawn(s.kind);
