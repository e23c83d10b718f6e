/**
 * A chart's downloads: the standalone SVG of its final state at 1200 px, and that SVG drawn
 * as a PNG at 2×. The build fails if the PNG has lost its text.
 */
import { CHART_IDS } from '$lib/charts/registry';
import { localeOf } from '$lib/i18n/locale';
import { twins } from '$lib/i18n/routes';
import { loadDataset } from '$lib/server/dataset';
import { publicOrigin } from '$lib/server/origin';
import { chartPicture } from './charts.server';
import { fontMeasure } from './fonts.server';
import { assertTextDrawn, renderPng } from './render.server';
import { textBoxes } from './scene';

/** The PNG's scale: 2400 px wide, sharp in print and on a dense screen. */
export const PNG_SCALE = 2;

/** Every chart in both editions: /charts/<id>.svg and /en/charts/<id>.svg. */
export const downloadEntries = () => twins(CHART_IDS.map((chart) => ({ chart })));

/** A chart's picture in the edition of `pathname`, in its final state. */
export const downloadPicture = (chart: string, pathname: string) =>
	chartPicture(loadDataset(), chart, localeOf(pathname), 'final', { origin: publicOrigin() });

export async function downloadPng(chart: string, pathname: string): Promise<Buffer> {
	const locale = localeOf(pathname);
	const picture = downloadPicture(chart, pathname);
	const drawn = await renderPng(picture.svg, PNG_SCALE, locale);
	assertTextDrawn(pathname, drawn, textBoxes(picture.marks, fontMeasure(locale)), PNG_SCALE);
	return drawn.png;
}
