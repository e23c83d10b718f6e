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
import { textBoxes, textProblems } from './scene';

/** The PNG's scale: 2400 px wide, sharp in print and on a dense screen. */
export const PNG_SCALE = 2;

/** Every chart in both editions: /charts/<id>.svg and /en/charts/<id>.svg. */
export const downloadEntries = () => twins(CHART_IDS.map((chart) => ({ chart })));

/**
 * A phone's picture: laid out 540 px wide and set in the type of a 900 px picture, so that shown
 * across a 390 px phone its labels read at about 13 px, as the page's do (a 1200 px download
 * shrunk to a phone's width sets them at 8 px). A chart whose layout cannot hold type that large
 * at that width (the map's names need room beside it; English headings over narrow columns)
 * takes the largest that lays out with no text on text or off the picture.
 */
export const PHONE = { width: 540, typeWidths: [900, 800, 700, 600, 540] } as const;

/** A chart's picture in the edition of `pathname`, in its final state; with `phone`, a phone's. */
export function downloadPicture(chart: string, pathname: string, phone = false) {
	const locale = localeOf(pathname);
	const draw = (typeWidth?: number) =>
		chartPicture(loadDataset(), chart, locale, 'final', {
			origin: publicOrigin(),
			...(typeWidth ? { width: PHONE.width, typeWidth } : {})
		});
	if (!phone) return draw();
	const smallest = PHONE.typeWidths[PHONE.typeWidths.length - 1];
	for (const typeWidth of PHONE.typeWidths.slice(0, -1)) {
		try {
			const picture = draw(typeWidth);
			if (textProblems(picture.marks, fontMeasure(locale), picture).length === 0) return picture;
		} catch {
			// its layout has no room for type this large: try smaller
		}
	}
	return draw(smallest);
}

/** The chart's PNG at 2×: the download's, or with `phone` a phone's. */
export async function downloadPng(chart: string, pathname: string, phone = false): Promise<Buffer> {
	const locale = localeOf(pathname);
	const picture = downloadPicture(chart, pathname, phone);
	const drawn = await renderPng(picture.svg, PNG_SCALE, locale);
	assertTextDrawn(pathname, drawn, textBoxes(picture.marks, fontMeasure(locale)), PNG_SCALE);
	return drawn.png;
}
