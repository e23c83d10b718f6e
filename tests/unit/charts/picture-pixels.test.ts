/**
 * The PNG of one chart compared, pixel by pixel, with a reference drawn earlier and kept in
 * tests/fixtures/pictures/: a change of font, of the renderer or of the layout shows here.
 * After a change meant to move pixels, look at the new PNG, then refresh the reference:
 * `UPDATE_REFERENCE=1 npx vitest run --project unit picture-pixels`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/data/parse';
import { chartPicture } from '../../../src/lib/picture/charts.server';
import { fontMeasure } from '../../../src/lib/picture/fonts.server';
import { assertTextDrawn, renderPng, type Drawn } from '../../../src/lib/picture/render.server';
import { textBoxes } from '../../../src/lib/picture/scene';
import { readDataFiles } from '../../../src/lib/server/dataset';

const dataset = parseDataset(readDataFiles(resolve(import.meta.dirname, '../../..')));
const REFERENCE = resolve(import.meta.dirname, '../../fixtures/pictures/industry-structure-zh.png');

/** A PNG's pixels, decoded by resvg itself: the PNG as the image of an SVG of its size. */
function decode(png: Buffer, width: number, height: number): Promise<Drawn> {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
	return renderPng(svg);
}

const picture = chartPicture(dataset, 'industry-structure', 'zh', 'final', {
	origin: 'https://example.org'
});
const drawn = await renderPng(picture.svg);

it('draws every line of text of the picture (the check the build makes of every PNG)', async () => {
	expect(() =>
		assertTextDrawn('industry-structure', drawn, textBoxes(picture.marks, fontMeasure('zh')))
	).not.toThrow();
	// and the check fails on a picture whose text was lost: the same boxes over blank paper
	const blank = await renderPng(picture.svg.replace(/<text[\s\S]*?<\/text>/gu, ''));
	expect(() =>
		assertTextDrawn('blank', blank, textBoxes(picture.marks, fontMeasure('zh')))
	).toThrow(/lost its text/u);
});

it('matches its reference, pixel for pixel within a small tolerance', async () => {
	if (process.env.UPDATE_REFERENCE || !existsSync(REFERENCE)) {
		mkdirSync(dirname(REFERENCE), { recursive: true });
		writeFileSync(REFERENCE, drawn.png);
	}
	const png = readFileSync(REFERENCE);
	const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
	expect(size).toEqual({ width: drawn.width, height: drawn.height });
	const reference = await decode(png, size.width, size.height);
	let differing = 0;
	for (let i = 0; i < drawn.pixels.length; i += 4) {
		const d =
			Math.abs(drawn.pixels[i]! - reference.pixels[i]!) +
			Math.abs(drawn.pixels[i + 1]! - reference.pixels[i + 1]!) +
			Math.abs(drawn.pixels[i + 2]! - reference.pixels[i + 2]!);
		if (d > 48) differing++;
	}
	expect(differing / (size.width * size.height)).toBeLessThan(0.002);
});
