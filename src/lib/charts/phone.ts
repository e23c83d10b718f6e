/**
 * When a chart lays itself out for a phone (two-line rows, a list, a key instead of labels
 * along its lines): when its own measured width is under `PHONE_WIDTH`, so a chart in a narrow
 * column of a wide page does the same. A width of 0 is "not measured yet" (the prerendered
 * page, before scripts): the chart is laid out for a wide frame, unless the page around it
 * said which width to assume (`assumeWidth`).
 */
import { getContext, setContext } from 'svelte';

export const PHONE_WIDTH = 420;

export const isPhone = (width: number) => width > 0 && width < PHONE_WIDTH;

const KEY = Symbol('assumed-width');

/**
 * For a page that is never hydrated (an embed): lay out the charts below as if they were
 * `width` px wide. The embed prerenders each state twice, at a wide frame's width and a phone's,
 * and a container query shows the one that fits.
 */
export const assumeWidth = (width: number) => setContext(KEY, width);

/** The width a chart takes itself to be until it is measured: 0 ("not yet") unless assumed. */
export const assumedWidth = (): number => getContext<number | undefined>(KEY) ?? 0;
