/**
 * The fonts every picture is measured and drawn with, from npm packages (SIL Open Font
 * Licence), never from the machine: Noto Sans SC for Chinese, and for English Noto Sans, whose
 * Latin punctuation is proportional (a CJK font's quotes and apostrophes are full width).
 * Regular and bold each. A character the first font lacks is measured in the next, as resvg
 * falls back when it draws, so a layout measured here is the layout drawn, on any machine.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import type { Locale } from '$lib/i18n/locale';
import type { Run } from './scene';
import type { Measure, Weight } from './text';

const require = createRequire(import.meta.url);

/** The families, by their names inside the files. */
const SC = 'Noto Sans SC';
const LATIN = 'Noto Sans';

/** The families a picture in each language is set in, first choice first. */
export const FONT_STACK: Record<Locale, string[]> = { zh: [SC], en: [LATIN, SC] };

/**
 * What an SVG download names: the fonts it was laid out with first, then the same design under
 * its other names, then the systems' Chinese fonts.
 */
export const svgFontFamily = (locale: Locale) =>
	[
		...FONT_STACK[locale],
		'Noto Sans CJK SC',
		'Source Han Sans SC',
		'PingFang SC',
		'Microsoft YaHei'
	]
		.map((f) => `'${f}'`)
		.concat('sans-serif')
		.join(', ');

const file = (path: string) => require.resolve(path);

/** The font files, by family and weight, resolved in node_modules. */
export const FONT_FILES: Record<string, Record<Weight, string>> = {
	[SC]: {
		400: file('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
		700: file('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')
	},
	[LATIN]: {
		400: file('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
		700: file('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')
	}
};

/** Every font file, for resvg. */
export const ALL_FONT_FILES = Object.values(FONT_FILES).flatMap((w) => [w[400], w[700]]);

/** Where the cut-down fonts are kept, by a hash of the font and the characters. */
const SUBSETS = join(tmpdir(), 'changqing-picture-fonts');
let written = 0;

/**
 * Every font file cut down to `characters` (harfbuzz's own subsetter, through subset-font),
 * written once to a temporary folder: the files resvg loads to draw an SVG of those characters.
 * The glyphs, names and metrics are the font's own.
 */
export async function subsetFontFiles(characters: string): Promise<string[]> {
	mkdirSync(SUBSETS, { recursive: true });
	return Promise.all(
		ALL_FONT_FILES.map(async (file) => {
			const key = createHash('sha256').update(`${file}\0${characters}`).digest('hex').slice(0, 20);
			const path = join(SUBSETS, `${key}.ttf`);
			if (!existsSync(path)) {
				const subset = await subsetFont(readFileSync(file), characters, {
					targetFormat: 'truetype'
				});
				// another render may be writing the same file: write beside it, then rename
				const partial = `${path}.${process.pid}.${++written}`;
				writeFileSync(partial, subset);
				renameSync(partial, path);
			}
			return path;
		})
	);
}

const faces = new Map<string, fontkit.Font>();
function face(family: string, weight: Weight): fontkit.Font {
	const key = `${family}|${weight}`;
	let f = faces.get(key);
	if (!f) {
		f = fontkit.openSync(FONT_FILES[family]![weight]) as fontkit.Font;
		faces.set(key, f);
	}
	return f;
}

/** The family of the stack that draws a character: the first that has it. */
function familyOf(stack: string[], cp: number, weight: Weight): string {
	return stack.find((family) => face(family, weight).hasGlyphForCodePoint(cp)) ?? SC;
}

/**
 * A line cut into runs by the font that draws them, each with its offset, so that the SVG can
 * set each run as a text of its own: resvg 2.6 sets a whole line in a regular face once any
 * character of it falls back to another font, bold or not, tspan or not.
 */
export function fontRuns(locale: Locale): (line: string, weight: Weight, size: number) => Run[] {
	const stack = FONT_STACK[locale];
	const measure = fontMeasure(locale);
	return (line, weight, size) => {
		const runs: Omit<Run, 'dx'>[] = [];
		for (const ch of line) {
			const family = familyOf(stack, ch.codePointAt(0)!, weight);
			const last = runs[runs.length - 1];
			const f = family === stack[0] ? undefined : family;
			if (last && last.family === f) last.text += ch;
			else runs.push({ text: ch, ...(f ? { family: f } : {}) });
		}
		let dx = 0;
		return runs.map((run) => {
			// an SVG text drops its leading spaces: step over them instead
			const text = run.text.trimStart();
			const lead = measure.width(run.text.slice(0, run.text.length - text.length), size, weight);
			const width = measure.width(text, size, weight);
			const placed = { ...run, text, dx: dx + lead, width };
			dx += lead + width;
			return placed;
		});
	};
}

const measures = new Map<Locale, Measure>();

/**
 * The fonts' own metrics for a language's stack: advance widths with their kerning, each run
 * of characters in the first font that has them.
 */
export function fontMeasure(locale: Locale = 'zh'): Measure {
	let measure = measures.get(locale);
	if (measure) return measure;
	const stack = FONT_STACK[locale];
	const sc = face(SC, 400);
	const os2 = sc['OS/2'] as { typoAscender: number; typoDescender: number };
	const widths = new Map<string, number>();
	const em = (text: string, weight: Weight) => {
		let total = 0;
		let run = '';
		let runFace: fontkit.Font | undefined;
		const flush = () => {
			if (run && runFace) total += runFace.layout(run).advanceWidth / runFace.unitsPerEm;
			run = '';
		};
		for (const ch of text) {
			const f = face(familyOf(stack, ch.codePointAt(0)!, weight), weight);
			if (f !== runFace) {
				flush();
				runFace = f;
			}
			run += ch;
		}
		flush();
		return total;
	};
	measure = {
		width(text, size, weight = 400) {
			const key = `${weight}|${text}`;
			let w = widths.get(key);
			if (w === undefined) {
				w = em(text, weight);
				widths.set(key, w);
			}
			return w * size;
		},
		ascent: os2.typoAscender / sc.unitsPerEm,
		descent: -os2.typoDescender / sc.unitsPerEm
	};
	measures.set(locale, measure);
	return measure;
}
