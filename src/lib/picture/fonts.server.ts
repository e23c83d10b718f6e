/**
 * The one font every picture is measured and drawn with: Noto Sans SC (SIL Open Font
 * Licence), regular and bold, from the npm package @expo-google-fonts/noto-sans-sc, never
 * from the machine. Its Chinese and its Latin serve both editions, so a layout measured here
 * is the layout resvg draws, on any machine.
 */
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { Measure, Weight } from './text';

const require = createRequire(import.meta.url);

/** The family name inside the files, as an SVG names it. */
export const FONT_FAMILY = 'Noto Sans SC';

/**
 * What an SVG download names: the font it was laid out with first, then the same design
 * under its other names, then the systems' Chinese fonts.
 */
export const SVG_FONT_STACK =
	"'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

const PACKAGE = '@expo-google-fonts/noto-sans-sc';

/** The font files by weight, resolved in node_modules. */
export const FONT_FILES: Record<Weight, string> = {
	400: require.resolve(`${PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`),
	700: require.resolve(`${PACKAGE}/700Bold/NotoSansSC_700Bold.ttf`)
};

let measure: Measure | undefined;

/** The font's own metrics: advance widths with its kerning, as its shaper sets them. */
export function fontMeasure(): Measure {
	if (measure) return measure;
	const faces = {
		400: fontkit.openSync(FONT_FILES[400]),
		700: fontkit.openSync(FONT_FILES[700])
	} as Record<Weight, fontkit.Font>;
	const regular = faces[400];
	const os2 = regular['OS/2'] as { typoAscender: number; typoDescender: number };
	const widths = new Map<string, number>();
	measure = {
		width(text, size, weight = 400) {
			const key = `${weight}|${text}`;
			let em = widths.get(key);
			if (em === undefined) {
				const face = faces[weight];
				em = face.layout(text).advanceWidth / face.unitsPerEm;
				widths.set(key, em);
			}
			return em * size;
		},
		ascent: os2.typoAscender / regular.unitsPerEm,
		descent: -os2.typoDescender / regular.unitsPerEm
	};
	return measure;
}
