/**
 * From marks to files: an SVG document rendered by `svelte/server`, a PNG drawn from it by
 * resvg with the picture font given explicitly (system fonts never loaded), and the check
 * that the PNG has not lost its text, read from resvg's own pixels.
 */
import { Resvg } from '@resvg/resvg-js';
import { LANG_TAG } from '$lib/i18n/locale';
import { render } from 'svelte/server';
import type { Locale } from '$lib/i18n/locale';
import {
	ALL_FONT_FILES,
	FONT_STACK,
	fontRuns,
	subsetFontFiles,
	svgFontFamily
} from './fonts.server';
import { PALETTE } from './palette';
import Picture from './Picture.svelte';
import type { Box, Mark } from './scene';

export interface SvgProps {
	locale: Locale;
	width: number;
	height: number;
	marks: Mark[];
	title: string;
	description: string;
}

/** A standalone SVG document, UTF-8 text. */
export function svgDocument(props: SvgProps): string {
	const { locale, ...rest } = props;
	const svg = render(Picture, {
		props: {
			...rest,
			lang: LANG_TAG[locale],
			fontFamily: svgFontFamily(locale),
			runs: fontRuns(locale),
			background: PALETTE.paper
		}
	}).body.replace(/<!--[\s\S]*?-->/gu, '');
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** An image resvg drew: the PNG file, and its RGBA pixels for checks. */
export interface Drawn {
	png: Buffer;
	width: number;
	height: number;
	pixels: Uint8Array;
}

/** The characters an SVG's texts hold. */
function charactersOf(svg: string): string {
	const text = [...svg.matchAll(/>([^<]+)</gu)]
		.map((m) => m[1]!)
		.join('')
		.replace(/&lt;/gu, '<')
		.replace(/&gt;/gu, '>')
		.replace(/&quot;/gu, '"')
		.replace(/&#39;/gu, "'")
		.replace(/&amp;/gu, '&');
	return [...new Set(text)].sort().join('');
}

/**
 * Draws an SVG at `scale` with the picture fonts only: the machine's are never loaded. resvg
 * shapes every text with the whole font, which costs about 10 ms a text with a 10 MB CJK
 * font: it gets the fonts cut down to the characters the SVG uses (fonts.server.ts), the same
 * glyphs, drawn ten times as fast.
 */
export async function renderPng(svg: string, scale = 1, locale: Locale = 'zh'): Promise<Drawn> {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: scale },
		font: {
			fontFiles: await subsetFontFiles(charactersOf(svg)),
			loadSystemFonts: false,
			defaultFontFamily: FONT_STACK[locale][0],
			sansSerifFamily: FONT_STACK[locale][0]
		}
	});
	const image = resvg.render();
	return { png: image.asPng(), width: image.width, height: image.height, pixels: image.pixels };
}

/** Whether a box of the image holds ink: enough pixels unlike the box's commonest colour. */
export function inked(image: Drawn, box: Box, scale: number): boolean {
	const x0 = Math.max(0, Math.floor(box.x * scale));
	const y0 = Math.max(0, Math.floor(box.y * scale));
	const x1 = Math.min(image.width, Math.ceil((box.x + box.width) * scale));
	const y1 = Math.min(image.height, Math.ceil((box.y + box.height) * scale));
	if (x1 <= x0 || y1 <= y0) return false;
	// colours to 4 bits a channel, composited on white: a histogram of 4096 bins
	const keys = new Uint16Array((x1 - x0) * (y1 - y0));
	const counts = new Uint32Array(4096);
	let n = 0;
	for (let y = y0; y < y1; y++) {
		for (let x = x0; x < x1; x++) {
			const i = (y * image.width + x) * 4;
			const alpha = image.pixels[i + 3]!;
			const white = 255 - alpha;
			const r = (image.pixels[i]! * alpha + 255 * white) / 255;
			const g = (image.pixels[i + 1]! * alpha + 255 * white) / 255;
			const b = (image.pixels[i + 2]! * alpha + 255 * white) / 255;
			const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
			keys[n++] = key;
			counts[key]!++;
		}
	}
	let ground = 0;
	for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[ground]!) ground = k;
	let ink = 0;
	for (const key of keys) {
		const distance =
			Math.abs((key >> 8) - (ground >> 8)) +
			Math.abs(((key >> 4) & 15) - ((ground >> 4) & 15)) +
			Math.abs((key & 15) - (ground & 15));
		if (distance > 3) ink++;
	}
	return ink >= Math.max(3, n * 0.01);
}

/**
 * Throws (naming `name`) when the PNG has lost its text: the first box (the title), or more
 * than a tenth of the others, hold nothing but their background. resvg draws nothing for
 * text it has no font for, without a word.
 */
export function assertTextDrawn(name: string, image: Drawn, boxes: readonly Box[], scale = 1) {
	if (boxes.length === 0) throw new Error(`${name}: the picture has no text at all`);
	const blank = boxes.filter((box) => !inked(image, box, scale));
	if (blank[0] === boxes[0] || blank.length > (boxes.length - 1) * 0.1)
		throw new Error(
			`${name}: the PNG has lost its text: ${blank.length} of ${boxes.length} lines are blank ` +
				`(first "${blank[0]!.text}"). Are the font packages installed (${ALL_FONT_FILES[0]})?`
		);
}
