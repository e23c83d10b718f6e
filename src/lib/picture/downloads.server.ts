/**
 * A chart's downloads: the standalone SVG of its final state at 1200 px, that SVG drawn as a
 * PNG at 2×, and a portrait PNG laid out for a phone's width (540 px at 2×: 1080 px, the width
 * WeChat articles and chats show an image at). The build fails if a PNG has lost its text.
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

/** The width a phone's picture is laid out at, in px: a phone's screen, so its text reads there. */
export const PHONE_WIDTH = 540;

/** A chart's picture in the edition of `pathname`, in its final state. */
export const downloadPicture = (chart: string, pathname: string, width?: number) =>
	chartPicture(loadDataset(), chart, localeOf(pathname), 'final', {
		origin: publicOrigin(),
		...(width ? { width } : {})
	});

/** The chart's PNG at 2×: the download's width by default, a phone's with `width`. */
export async function downloadPng(
	chart: string,
	pathname: string,
	width?: number
): Promise<Buffer> {
	const locale = localeOf(pathname);
	const picture = downloadPicture(chart, pathname, width);
	const drawn = await renderPng(picture.svg, PNG_SCALE, locale);
	assertTextDrawn(pathname, drawn, textBoxes(picture.marks, fontMeasure(locale)), PNG_SCALE);
	return drawn.png;
}
