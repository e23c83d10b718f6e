/**
 * When a chart lays itself out for a phone (two-line rows, a list, a key instead of labels
 * along its lines): when its own measured width is under `PHONE_WIDTH`, so a chart in a narrow
 * column of a wide page does the same. A width of 0 is "not measured yet" (the prerendered
 * page, before scripts): the chart is laid out for a wide frame.
 */
export const PHONE_WIDTH = 420;

export const isPhone = (width: number) => width > 0 && width < PHONE_WIDTH;
