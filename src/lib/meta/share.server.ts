/**
 * The story's WeChat pictures as files: /share/cover.png (900×383) and /share/glance.png (一图读懂,
 * 1080 px wide), /en/share/… in English. The build fails if either has lost its text.
 */
import { localeOf } from '$lib/i18n/locale';
import { fontMeasure } from '$lib/picture/fonts.server';
import { assertTextDrawn, renderPng } from '$lib/picture/render.server';
import { textBoxes } from '$lib/picture/scene';
import { loadDataset } from '$lib/server/dataset';
import { publicOrigin } from '$lib/server/origin';
import { coverSvg, glanceSvg } from './wechat.server';

/** Both editions: the optional `[[lang=en]]` absent, then `en`. */
export const shareEntries = () => [{}, { lang: 'en' as const }];

export async function coverPng(pathname: string): Promise<Buffer> {
	const locale = localeOf(pathname);
	return (await renderPng(coverSvg(loadDataset(), locale), 1, locale)).png;
}

/** 一图读懂 at 2×: 1080 px wide. */
export async function glancePng(pathname: string): Promise<Buffer> {
	const locale = localeOf(pathname);
	const picture = glanceSvg(loadDataset(), locale, publicOrigin());
	const drawn = await renderPng(picture.svg, 2, locale);
	assertTextDrawn(pathname, drawn, textBoxes(picture.marks, fontMeasure(locale)), 2);
	return drawn.png;
}
