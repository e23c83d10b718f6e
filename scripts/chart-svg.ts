/**
 * Standalone SVG and PNG downloads of a chart, for journalists: `chartSvg` turns a chart frame
 * laid out in Chromium (shapes in scaled SVG, text in HTML over it) into one SVG with no CSS,
 * HTML or foreignObject, with the title, source line and credit inside; `renderPng` draws that
 * SVG with resvg, and `assertTextDrawn` fails the build when the PNG has lost its text (resvg
 * with no usable font drops every glyph without a word).
 *
 * What resvg 2.6 does not do, and how the SVG makes up for it: it ignores
 * `vector-effect="non-scaling-stroke"`, so such strokes are baked (drawn in a group that undoes
 * the viewBox's scaling); it cannot lay text out like the browser, so every line box becomes a
 * `<text>` at the browser's own position and baseline, with `textLength` where the browser's
 * width differs (tabular figures); it has no fallback to system fonts once they are off.
 */
import { existsSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import type { Page } from 'playwright-core';

/** The words around a chart in its download: they are not part of the chart's drawing. */
export interface SvgMeta {
	/** The chart's title, over it. */
	title: string;
	/** A line under the title. */
	subtitle?: string;
	/** The source line, under the chart: "来源：……". */
	source: string;
	/** Who made it, last: "长清 2020 → 2035 · 图：……". */
	credit: string;
	/** The language of the words, on the SVG's root. */
	lang: 'zh-CN' | 'en';
}

/** A box in the SVG's user units (CSS pixels), where it drew a line of text. */
export interface TextBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** What `chartSvg` returns. */
export interface ChartSvg {
	/** The SVG document, UTF-8 text. */
	svg: string;
	/** Its size in CSS pixels. */
	width: number;
	height: number;
	/** Where it drew text, the title's first line first: `assertTextDrawn` looks there. */
	textBoxes: TextBox[];
}

/**
 * The fonts the SVG names: the Chinese system fonts of Linux, macOS and Windows, then any sans
 * serif. The site's stack starts with PingFang SC; on the build machine both resolve to Noto
 * Sans CJK SC, so the layout measured in Chromium is the one resvg draws.
 */
export const SVG_FONT_FAMILY = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Debian's fonts-noto-cjk: the faces `renderPng` needs to draw Chinese (and the Latin in it). */
export const CJK_FONT_FILES: string[] = [
	'/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
	'/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'
];

/** The family resvg falls back to, by its name inside CJK_FONT_FILES. */
const DEFAULT_FONT = 'Noto Sans CJK SC';

/** Arguments of the in-page conversion: plain data, as Playwright sends it. */
interface InPageArgs {
	selector: string;
	meta: SvgMeta;
	fontFamily: string;
}

/**
 * Converts the chart frame matching `selector` in `page` (already laid out at the width wanted)
 * into a standalone SVG. Returns the SVG, its size, and the boxes where it drew text (for
 * checking the PNG).
 *
 * Every `<svg>` in the frame's `.plot` becomes a nested `<svg>` at its laid-out box, its shapes
 * carrying their computed styles as attributes; every line of HTML text becomes a `<text>` at
 * the browser's baseline; HTML boxes with a background or borders become rects and lines;
 * patterns, gradients and clip paths the shapes refer to are copied into `<defs>`. The page is
 * left as it was (a rotated box is measured unrotated for a moment). Call `expandChart` first
 * for a chart whose plot cuts off part of its content (FocusWindow).
 */
export async function chartSvg(page: Page, selector: string, meta: SvgMeta): Promise<ChartSvg> {
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	// tsx may wrap the in-page function's inner functions in esbuild's `__name`, which the page lacks
	await page.evaluate('globalThis.__name ??= (f) => f');
	return page.evaluate(convertInPage, { selector, meta, fontFamily: SVG_FONT_FAMILY });
}

/**
 * Grows the chart frame matching `selector` until nothing in its plot is cut off below it (a
 * FocusWindow shows a tall chart through a window the frame's height, and a row of boxes may
 * clip its words), so a download holds the whole chart. It changes the page's layout: reload
 * the page before showing it to anyone.
 */
export async function expandChart(page: Page, selector: string): Promise<void> {
	await page.evaluate(growInPage, selector);
}

/**
 * Renders an SVG to PNG with resvg at `scale`, with the given font files loaded explicitly
 * (system fonts off: loadSystemFonts false), default font family set. A missing font file
 * throws, naming the package that installs it.
 */
export function renderPng(
	svg: string,
	scale: number,
	fontFiles: string[]
): { png: Buffer; width: number; height: number } {
	for (const file of fontFiles) {
		if (!existsSync(file)) {
			const hint = CJK_FONT_FILES.includes(file)
				? ': `apt-get install -y fonts-noto-cjk` installs it'
				: '';
			throw new Error(`renderPng: the font file ${file} is missing${hint}`);
		}
	}
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: scale },
		font: {
			fontFiles,
			loadSystemFonts: false,
			defaultFontFamily: DEFAULT_FONT,
			sansSerifFamily: DEFAULT_FONT
		}
	});
	const image = resvg.render();
	return { png: image.asPng(), width: image.width, height: image.height };
}

/**
 * Throws (naming `name`) when the PNG has lost its text: the title's box, or more than a tenth
 * of the other text boxes, hold nothing but their background. `textBoxes` are chartSvg's, in
 * CSS pixels; `scale` is the one the PNG was rendered at. The build calls this so a font
 * problem fails the build.
 */
export function assertTextDrawn(
	name: string,
	png: Buffer,
	textBoxes: readonly TextBox[],
	scale: number
): void {
	if (textBoxes.length === 0) throw new Error(`${name}: the chart's SVG has no text at all`);
	const image = decodePng(png);
	const blank = textBoxes.map((box) => !inked(image, box, scale));
	const title = blank[0] === true;
	const others = blank.slice(1).filter(Boolean).length;
	if (title || others > (textBoxes.length - 1) * 0.1) {
		const first = textBoxes.find((_, i) => blank[i])!;
		throw new Error(
			`${name}: the PNG has lost its text: ${blank.filter(Boolean).length} of ` +
				`${textBoxes.length} text boxes are blank${title ? ', the title among them' : ''} ` +
				`(first at x ${Math.round(first.x)}, y ${Math.round(first.y)}). resvg draws nothing ` +
				`for text it has no font for: are the fonts loaded (${CJK_FONT_FILES.join(', ')})?`
		);
	}
}

/** An RGBA image, 4 bytes a pixel. */
interface Rgba {
	width: number;
	height: number;
	data: Uint8Array;
}

/** Whether a text box of the image holds ink: enough pixels unlike the box's commonest colour. */
function inked(image: Rgba, box: TextBox, scale: number): boolean {
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
			const alpha = image.data[i + 3]!;
			const white = 255 - alpha;
			const r = (image.data[i]! * alpha + 255 * white) / 255;
			const g = (image.data[i + 1]! * alpha + 255 * white) / 255;
			const b = (image.data[i + 2]! * alpha + 255 * white) / 255;
			const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
			keys[n++] = key;
			counts[key]!++;
		}
	}
	const ground = counts.indexOf(Math.max(...counts));
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
 * Decodes the PNGs resvg writes (8-bit RGBA or RGB, not interlaced) into RGBA pixels: enough
 * for `assertTextDrawn`, with no decoder to install.
 */
function decodePng(png: Buffer): Rgba {
	if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('decodePng: not a PNG');
	let offset = 8;
	let width = 0;
	let height = 0;
	let channels = 4;
	const chunks: Buffer[] = [];
	while (offset < png.length) {
		const length = png.readUInt32BE(offset);
		const type = png.toString('latin1', offset + 4, offset + 8);
		const body = png.subarray(offset + 8, offset + 8 + length);
		if (type === 'IHDR') {
			width = body.readUInt32BE(0);
			height = body.readUInt32BE(4);
			const [depth, colourType, , , interlace] = body.subarray(8);
			if (depth !== 8 || (colourType !== 6 && colourType !== 2) || interlace !== 0) {
				throw new Error('decodePng: only 8-bit RGBA or RGB PNGs without interlace');
			}
			channels = colourType === 6 ? 4 : 3;
		} else if (type === 'IDAT') chunks.push(body);
		else if (type === 'IEND') break;
		offset += length + 12;
	}
	const raw = inflateSync(Buffer.concat(chunks));
	const stride = width * channels;
	const rows = new Uint8Array(height * stride);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		const src = y * (stride + 1) + 1;
		const row = y * stride;
		const up = row - stride;
		for (let x = 0; x < stride; x++) {
			const value = raw[src + x]!;
			const a = x >= channels ? rows[row + x - channels]! : 0;
			const b = y > 0 ? rows[up + x]! : 0;
			let predicted = 0;
			if (filter === 1) predicted = a;
			else if (filter === 2) predicted = b;
			else if (filter === 3) predicted = (a + b) >> 1;
			else if (filter === 4) {
				const c = x >= channels && y > 0 ? rows[up + x - channels]! : 0;
				const pa = Math.abs(b - c);
				const pb = Math.abs(a - c);
				const pc = Math.abs(a + b - 2 * c);
				predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
			}
			rows[row + x] = (value + predicted) & 255;
		}
	}
	if (channels === 4) return { width, height, data: rows };
	const data = new Uint8Array(width * height * 4);
	for (let i = 0; i < width * height; i++) {
		data.set(rows.subarray(i * 3, i * 3 + 3), i * 4);
		data[i * 4 + 3] = 255;
	}
	return { width, height, data };
}

/** Runs in the page (see expandChart): self-contained, it may use nothing from this module. */
function growInPage(selector: string): void {
	const frame = document.querySelector(selector);
	if (!(frame instanceof HTMLElement)) throw new Error(`expandChart: nothing matches ${selector}`);
	for (let pass = 0; pass < 5; pass++) {
		let need = 0;
		for (const el of frame.querySelectorAll('.plot *')) {
			if (!(el instanceof HTMLElement)) continue;
			const style = getComputedStyle(el);
			// a visually hidden element clips on purpose; a swatch is too small to matter
			if (style.overflowY === 'visible' || style.clipPath !== 'none' || el.clientHeight < 16) {
				continue;
			}
			need = Math.max(need, el.scrollHeight - el.clientHeight);
		}
		if (need <= 1) return;
		frame.style.height = `${frame.getBoundingClientRect().height + need}px`;
	}
}

/**
 * Runs in the page (see chartSvg): self-contained, it may use nothing from this module, and
 * it leaves the page as it found it.
 */
function convertInPage({ selector, meta, fontFamily }: InPageArgs): ChartSvg {
	/** Space around everything, and between the header, the chart and the footer. */
	const PAD = 16;
	const GAP = 14;

	const frame = document.querySelector(selector);
	if (!frame) throw new Error(`chartSvg: nothing matches ${selector}`);
	const found = frame.querySelector('.plot');
	if (!(found instanceof HTMLElement) || getComputedStyle(found).display === 'none') {
		throw new Error(`chartSvg: ${selector} shows no .plot (is its table view open?)`);
	}
	const plot: HTMLElement = found;
	const origin = plot.getBoundingClientRect();
	const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
	if (!context) throw new Error('chartSvg: no canvas 2D context in the page');
	const ctx2d = context;

	// ---- values -------------------------------------------------------------------------------

	const num = (v: number) => {
		const r = Math.round(v * 100) / 100;
		return Object.is(r, -0) ? '0' : String(r);
	};
	/** A factor of a transform: six significant digits, or a 700px-wide shape drifts by pixels. */
	const fine = (v: number) => String(Number(v.toPrecision(6)));
	const ENTITIES: Record<string, string> = {
		'&': '&amp;',
		'<': '&lt;',
		'>': '&gt;',
		'"': '&quot;',
		"'": '&apos;'
	};
	// characters XML 1.0 forbids are dropped; the five special ones escaped
	const esc = (s: string) =>
		s
			// eslint-disable-next-line no-control-regex -- these are exactly what XML 1.0 forbids
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '')
			.replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
	const attrs = (pairs: Record<string, string | number | undefined>) =>
		Object.entries(pairs)
			.filter((p): p is [string, string | number] => p[1] !== undefined)
			.map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : esc(v)}"`)
			.join('');

	/** A CSS colour as #rrggbb and an alpha, whatever its notation; undefined when it shows nothing. */
	const colours = new Map<string, { hex: string; alpha: number } | undefined>();
	function colour(value: string): { hex: string; alpha: number } | undefined {
		if (colours.has(value)) return colours.get(value);
		let result: { hex: string; alpha: number } | undefined;
		if (value && value !== 'none' && value !== 'transparent' && !value.startsWith('url(')) {
			ctx2d.clearRect(0, 0, 1, 1);
			ctx2d.fillStyle = '#000';
			ctx2d.fillStyle = value;
			ctx2d.fillRect(0, 0, 1, 1);
			const [r, g, b, a] = ctx2d.getImageData(0, 0, 1, 1).data;
			const hex = '#' + [r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, '0')).join('');
			const alpha = Math.round(((a ?? 0) / 255) * 1000) / 1000;
			result = alpha > 0 ? { hex, alpha } : undefined;
		}
		colours.set(value, result);
		return result;
	}

	/** A font's ascent and descent as the browser lays lines out with them (whole pixels). */
	const metrics = new Map<string, { ascent: number; descent: number }>();
	function fontMetrics(font: string) {
		let m = metrics.get(font);
		if (!m) {
			ctx2d.font = font;
			const t = ctx2d.measureText('中');
			m = { ascent: t.fontBoundingBoxAscent, descent: t.fontBoundingBoxDescent };
			metrics.set(font, m);
		}
		return m;
	}
	function textWidth(font: string, text: string): number {
		ctx2d.font = font;
		return ctx2d.measureText(text).width;
	}
	const fontOf = (s: CSSStyleDeclaration) =>
		`${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;

	// ---- output -------------------------------------------------------------------------------

	const defs = new Map<string, string>();
	const out: string[] = [];
	const textBoxes: TextBox[] = [];
	let clipCount = 0;
	/**
	 * The union of what was drawn, in plot coordinates: the SVG is cut to it. It spans the plot's
	 * width at least; empty room above and below (a FocusWindow's) is left out.
	 */
	const bounds = { left: 0, top: Infinity, right: origin.width, bottom: -Infinity };

	interface Rect {
		left: number;
		top: number;
		right: number;
		bottom: number;
	}
	/** Where the walk is: clipping so far (screen coordinates), in a rotated box, cut by an ellipsis. */
	interface Walk {
		clip: Rect | undefined;
		local: boolean;
		ellipsis: { cut: number; done: boolean } | undefined;
	}
	const toRect = (r: DOMRect): Rect => ({
		left: r.left,
		top: r.top,
		right: r.right,
		bottom: r.bottom
	});
	function intersect(a: Rect, b: Rect | undefined): Rect | undefined {
		if (!b) return a;
		const r = {
			left: Math.max(a.left, b.left),
			top: Math.max(a.top, b.top),
			right: Math.min(a.right, b.right),
			bottom: Math.min(a.bottom, b.bottom)
		};
		return r.right > r.left && r.bottom > r.top ? r : undefined;
	}
	/** Counts a drawn box (screen coordinates) into the bounds, unless it is clipped away. */
	function grow(r: Rect, walk: Walk): boolean {
		const seen = intersect(r, walk.clip);
		if (!seen) return false;
		if (!walk.local) {
			bounds.left = Math.min(bounds.left, seen.left - origin.left);
			bounds.top = Math.min(bounds.top, seen.top - origin.top);
			bounds.right = Math.max(bounds.right, seen.right - origin.left);
			bounds.bottom = Math.max(bounds.bottom, seen.bottom - origin.top);
		}
		return true;
	}
	const X = (x: number) => x - origin.left;
	const Y = (y: number) => y - origin.top;

	// ---- text runs ----------------------------------------------------------------------------

	/** A line's worth of text in one style, waiting in case the next text continues it. */
	interface Run {
		text: string;
		left: number;
		right: number;
		top: number;
		bottom: number;
		baseline: number;
		font: string;
		style: string;
		key: string;
		record: Rect | undefined;
		/** Every character so far lies outside the clipping box. */
		hidden: boolean;
	}
	let pending: Run | undefined;

	function flush() {
		const run = pending;
		pending = undefined;
		if (!run) return;
		const text = run.text.trimEnd();
		if (!text || run.hidden) return;
		const width = run.right - run.left;
		// the browser's width wins: tabular figures and letter spacing measure differently
		const natural = textWidth(run.font, text);
		const fit = Math.abs(natural - width) > 0.75 && width > 0;
		out.push(
			`<text${attrs({ x: X(run.left), y: Y(run.baseline) })}${run.style}${
				fit ? attrs({ textLength: width, lengthAdjust: 'spacing' }) : ''
			} xml:space="preserve">${esc(text)}</text>`
		);
		if (run.record) {
			textBoxes.push({
				x: X(run.record.left),
				y: Y(run.record.top),
				width: run.record.right - run.record.left,
				height: run.record.bottom - run.record.top
			});
		}
	}
	function emit(markup: string) {
		flush();
		out.push(markup);
	}

	function decorationOf(el: Element): string | undefined {
		for (let e: Element | null = el; e && e !== plot.parentElement; e = e.parentElement) {
			const line = getComputedStyle(e).textDecorationLine;
			if (line.includes('underline')) return 'underline';
			if (line.includes('line-through')) return 'line-through';
		}
		return undefined;
	}

	/** Each line box of a text node as a `<text>`, at the browser's baseline. */
	function text(node: Text, parent: Element, walk: Walk) {
		const s = getComputedStyle(parent);
		if (s.visibility !== 'visible' || !node.data.trim()) return;
		const fill = colour(s.color);
		if (!fill) return;
		const font = fontOf(s);
		const { ascent, descent } = fontMetrics(font);
		const size = parseFloat(s.fontSize);
		const style = attrs({
			'font-size': size,
			'font-weight': s.fontWeight === '400' ? undefined : s.fontWeight,
			'font-style': s.fontStyle === 'normal' ? undefined : s.fontStyle,
			fill: fill.hex,
			'fill-opacity': fill.alpha < 1 ? fill.alpha : undefined,
			'text-decoration': decorationOf(parent)
		});
		const key = style;
		const collapse = !s.whiteSpace.startsWith('pre') && s.whiteSpace !== 'break-spaces';
		const range = document.createRange();
		let i = 0;
		for (const ch of node.data) {
			range.setStart(node, i);
			range.setEnd(node, i + ch.length);
			i += ch.length;
			const r = range.getClientRects()[0];
			if (!r || r.width === 0 || r.height === 0) continue;
			const space = /\s/u.test(ch);
			let glyph = space ? ' ' : ch;
			let right = r.right;
			if (walk.ellipsis && r.right > walk.ellipsis.cut + 0.5) {
				// the browser shows "…" after the last character that fits, and nothing after it
				if (walk.ellipsis.done) continue;
				walk.ellipsis.done = true;
				glyph = '…';
				right = r.left + textWidth(font, '…');
			}
			const seen = intersect(toRect(r), walk.clip);
			const run = pending;
			const sameLine =
				run &&
				run.key === key &&
				Math.abs(run.top - r.top) < r.height / 2 &&
				r.left > run.right - 2 &&
				r.left < run.right + size * 0.6;
			if (run && sameLine) {
				if (r.left > run.right + 1.5 && !run.text.endsWith(' ')) run.text += ' ';
				if (!(space && collapse && run.text.endsWith(' '))) run.text += glyph;
				if (!space) {
					run.right = right;
					run.top = Math.min(run.top, r.top);
					run.bottom = Math.max(run.bottom, r.bottom);
				}
				if (seen && !space) run.hidden = false;
				if (seen && !space && !walk.local) {
					run.record = run.record
						? {
								left: Math.min(run.record.left, seen.left),
								top: Math.min(run.record.top, seen.top),
								right: Math.max(run.record.right, seen.right),
								bottom: Math.max(run.record.bottom, seen.bottom)
							}
						: seen;
				}
			} else {
				if (space) continue;
				flush();
				pending = {
					text: glyph,
					left: r.left,
					right,
					top: r.top,
					bottom: r.bottom,
					// the line box's content area is ascent + descent high; the baseline sits at its ascent
					baseline: r.top + (r.height - ascent - descent) / 2 + ascent,
					font,
					style,
					key,
					record: seen && !walk.local ? seen : undefined,
					hidden: !seen
				};
			}
			if (!space) grow(toRect(r), walk);
		}
	}

	// ---- HTML boxes ---------------------------------------------------------------------------

	const px = (v: string) => parseFloat(v) || 0;

	function radius(value: string, width: number, height: number): [number, number] {
		const [h = '0', v = h] = value.split(' ');
		const one = (t: string, of: number) => (t.endsWith('%') ? (px(t) / 100) * of : px(t));
		const rx = one(h, width);
		const ry = one(v, height);
		// radii too large for the box all shrink by one factor (CSS Backgrounds 3, 5.5): a pill
		const f = Math.min(1, rx > 0 ? width / (2 * rx) : 1, ry > 0 ? height / (2 * ry) : 1);
		return [rx * f, ry * f];
	}

	function dashes(style: string, width: number): string | undefined {
		if (style === 'dashed') return `${num(width * 3)} ${num(width * 3)}`;
		if (style === 'dotted') return `${num(width)} ${num(width)}`;
		return undefined;
	}

	/** An element's box-shadow (solid ones), background and borders, as rects and lines. */
	function box(s: CSSStyleDeclaration, r: DOMRect, walk: Walk) {
		if (s.visibility !== 'visible' || r.width === 0 || r.height === 0) return;
		if (walk.ellipsis?.done && r.left >= walk.ellipsis.cut) return;
		const [rx, ry] = radius(s.borderTopLeftRadius, r.width, r.height);
		const rounded = (x: number, y: number) =>
			rx > 0 ? attrs({ rx: Math.max(0, rx - x), ry: Math.max(0, ry - y) }) : '';
		let drew = false;
		if (s.boxShadow !== 'none') {
			// "rgb(…) 0px 0px 0px 3.6px": offsets, blur, spread; a blur is drawn solid
			for (const shadow of s.boxShadow.split(/,(?![^(]*\))/u)) {
				const paint = colour(/^(rgba?\([^)]*\)|#\w+|\w+)/u.exec(shadow.trim())?.[1] ?? '');
				const [dx = 0, dy = 0, , spread = 0] = (shadow.match(/-?[\d.]+px/gu) ?? []).map(px);
				if (!paint || shadow.includes('inset')) continue;
				emit(
					`<rect${attrs({
						x: X(r.left + dx - spread),
						y: Y(r.top + dy - spread),
						width: r.width + 2 * spread,
						height: r.height + 2 * spread,
						fill: paint.hex,
						'fill-opacity': paint.alpha < 1 ? paint.alpha : undefined
					})}${rounded(-spread, -spread)}/>`
				);
				drew = true;
			}
		}
		const background = colour(s.backgroundColor);
		const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => {
			const width = px(s.getPropertyValue(`border-${side.toLowerCase()}-width`));
			const style = s.getPropertyValue(`border-${side.toLowerCase()}-style`);
			const paint = colour(s.getPropertyValue(`border-${side.toLowerCase()}-color`));
			const shown = width > 0 && paint !== undefined && style !== 'none' && style !== 'hidden';
			return { side, width, style, paint, shown };
		});
		const [top] = sides;
		const uniform =
			top &&
			sides.every(
				(b) =>
					b.shown &&
					b.width === top.width &&
					b.style === top.style &&
					b.paint?.hex === top.paint?.hex &&
					b.paint?.alpha === top.paint?.alpha
			);
		const fill = background
			? attrs({
					fill: background.hex,
					'fill-opacity': background.alpha < 1 ? background.alpha : undefined
				})
			: ' fill="none"';
		if (uniform && top.paint) {
			const w = top.width;
			emit(
				`<rect${attrs({
					x: X(r.left + w / 2),
					y: Y(r.top + w / 2),
					width: r.width - w,
					height: r.height - w
				})}${rounded(w / 2, w / 2)}${fill}${attrs({
					stroke: top.paint.hex,
					'stroke-opacity': top.paint.alpha < 1 ? top.paint.alpha : undefined,
					'stroke-width': w,
					'stroke-dasharray': dashes(top.style, w)
				})}/>`
			);
			drew = true;
		} else {
			if (background) {
				emit(
					`<rect${attrs({ x: X(r.left), y: Y(r.top), width: r.width, height: r.height })}${rounded(
						0,
						0
					)}${fill}/>`
				);
				drew = true;
			}
			for (const b of sides) {
				if (!b.shown || !b.paint) continue;
				const h = b.width / 2;
				const [x1, y1, x2, y2] =
					b.side === 'Top'
						? [r.left, r.top + h, r.right, r.top + h]
						: b.side === 'Bottom'
							? [r.left, r.bottom - h, r.right, r.bottom - h]
							: b.side === 'Left'
								? [r.left + h, r.top, r.left + h, r.bottom]
								: [r.right - h, r.top, r.right - h, r.bottom];
				emit(
					`<line${attrs({
						x1: X(x1),
						y1: Y(y1),
						x2: X(x2),
						y2: Y(y2),
						stroke: b.paint.hex,
						'stroke-opacity': b.paint.alpha < 1 ? b.paint.alpha : undefined,
						'stroke-width': b.width,
						'stroke-dasharray': dashes(b.style, b.width)
					})}/>`
				);
				drew = true;
			}
		}
		if (drew) grow(toRect(r), walk);
	}

	// ---- SVG ----------------------------------------------------------------------------------

	/** The presentation properties copied from computed style, with the values that go unsaid. */
	const PAINT_DEFAULTS: Record<string, string> = {
		'fill-rule': 'nonzero',
		'stroke-dashoffset': '0px',
		'stroke-linecap': 'butt',
		'stroke-linejoin': 'miter',
		'stroke-miterlimit': '4',
		'paint-order': 'normal',
		'vector-effect': 'none',
		'shape-rendering': 'auto',
		'clip-rule': 'nonzero'
	};

	const urlId = (value: string) => /url\(\s*["']?#([^"')]+)["']?\s*\)/u.exec(value)?.[1];

	/** A paint (fill or stroke) as attributes, copying what it refers to into <defs>. */
	function paintAttrs(name: 'fill' | 'stroke', s: CSSStyleDeclaration): string {
		const value = s.getPropertyValue(name);
		const opacity = px(s.getPropertyValue(`${name}-opacity`) || '1');
		const id = urlId(value);
		if (id) {
			return attrs({
				[name]: define(id) ? `url(#${id})` : 'none',
				[`${name}-opacity`]: opacity < 1 ? opacity : undefined
			});
		}
		const paint = colour(value);
		if (!paint) return name === 'fill' ? ' fill="none"' : '';
		const alpha = paint.alpha * opacity;
		return attrs({ [name]: paint.hex, [`${name}-opacity`]: alpha < 1 ? alpha : undefined });
	}

	/**
	 * A non-scaling stroke in <defs> (a hatch pattern's stripes) is baked: Chromium strokes it in
	 * the space of the element's place in the page (the screen CTM of the <svg> the pattern sits
	 * in), then draws the tile with the pattern's transform; this is the width in the tile's units.
	 */
	function bakedInDefs(el: Element, width: number): number {
		const m = (el as SVGGraphicsElement).getScreenCTM?.();
		if (!m) return width;
		const det = Math.abs(m.a * m.d - m.b * m.c) || 1;
		if (!(el instanceof SVGLineElement)) return width / Math.sqrt(det);
		// a stripe of width w along u is w·det/|M·u| wide on screen
		const ux = el.x2.baseVal.value - el.x1.baseVal.value;
		const uy = el.y2.baseVal.value - el.y1.baseVal.value;
		const length = Math.hypot(ux, uy) || 1;
		return (width * Math.hypot(m.a * ux + m.c * uy, m.b * ux + m.d * uy)) / length / det;
	}

	/**
	 * Fill, stroke and the rest of a shape's paint, from its computed style. `stroke`: keep it,
	 * leave it out, or draw it alone; `inDefs`: the shape is part of a pattern or the like.
	 */
	function shapeStyle(
		el: Element,
		s: CSSStyleDeclaration,
		stroke: 'keep' | 'none' | 'only',
		inDefs = false
	): string {
		let a = stroke === 'only' || el.localName === 'line' ? ' fill="none"' : paintAttrs('fill', s);
		const strokes = stroke !== 'none' && s.getPropertyValue('stroke') !== 'none';
		const nonScaling = s.getPropertyValue('vector-effect') === 'non-scaling-stroke';
		if (strokes) {
			a += paintAttrs('stroke', s);
			const css = px(s.getPropertyValue('stroke-width'));
			const width = inDefs && nonScaling ? bakedInDefs(el, css) : css;
			const dash = s.getPropertyValue('stroke-dasharray');
			a += attrs({
				'stroke-width': width === 1 ? undefined : width,
				'stroke-dasharray':
					dash && dash !== 'none'
						? dash
								.split(/[\s,]+/u)
								.map((d) => num(px(d)))
								.join(' ')
						: undefined
			});
		}
		for (const [name, quiet] of Object.entries(PAINT_DEFAULTS)) {
			if (!strokes && name.startsWith('stroke-')) continue;
			// what has no stroke, or a baked one, needs it no more
			if (name === 'vector-effect' && (!strokes || stroke !== 'keep' || inDefs)) continue;
			const value = s.getPropertyValue(name);
			if (value && value !== quiet)
				a += attrs({ [name]: value.endsWith('px') ? px(value) : value });
		}
		for (const name of ['clip-path', 'mask', 'marker-start', 'marker-mid', 'marker-end']) {
			const id = urlId(s.getPropertyValue(name));
			if (id && define(id)) a += attrs({ [name]: `url(#${id})` });
		}
		return a;
	}

	/** Scales path data by (sx, sy) about the origin: relative and absolute commands alike. */
	function scalePath(d: string, sx: number, sy: number): string {
		const PARAMS: Record<string, number> = {
			m: 2,
			l: 2,
			t: 2,
			h: 1,
			v: 1,
			c: 6,
			s: 4,
			q: 4,
			a: 7,
			z: 0
		};
		let at = 0;
		let result = '';
		let command = '';
		const skip = () => {
			while (at < d.length && /[\s,]/u.test(d[at] ?? '')) at++;
		};
		const number = () => {
			skip();
			const m = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/u.exec(d.slice(at));
			if (!m) throw new Error(`bad path data near ${d.slice(at, at + 12)}`);
			at += m[0].length;
			return parseFloat(m[0]);
		};
		const flag = () => {
			skip();
			return d[at++] === '1' ? 1 : 0;
		};
		while (true) {
			skip();
			if (at >= d.length) break;
			if (/[a-z]/iu.test(d[at] ?? '')) command = d[at++] ?? '';
			const lower = command.toLowerCase();
			const count = PARAMS[lower];
			if (count === undefined) throw new Error(`bad path command ${command}`);
			const values: number[] = [];
			for (let k = 0; k < count; k++) {
				const v = lower === 'a' && (k === 3 || k === 4) ? flag() : number();
				const scaled =
					lower === 'h'
						? v * sx
						: lower === 'v'
							? v * sy
							: lower === 'a'
								? k === 0 || k === 5
									? v * sx
									: k === 1 || k === 6
										? v * sy
										: v
								: k % 2 === 0
									? v * sx
									: v * sy;
				values.push(scaled);
			}
			result += command + values.map(num).join(',');
			if (lower === 'z') continue;
			// a moveto's extra pairs are linetos
			if (lower === 'm') command = command === 'm' ? 'l' : 'L';
		}
		return result;
	}

	/** A basic shape's geometry, scaled by (sx, sy) when its stroke is baked. */
	function geometry(el: Element, sx = 1, sy = 1): { tag: string; a: string } | undefined {
		const v = (l: SVGAnimatedLength) => l.baseVal.value;
		if (el instanceof SVGRectElement) {
			const width = v(el.width) * sx;
			const height = v(el.height) * sy;
			if (width <= 0 || height <= 0) return undefined;
			const s = getComputedStyle(el);
			const rx = s.rx === 'auto' ? undefined : px(s.rx) * sx;
			const ry = s.ry === 'auto' ? undefined : px(s.ry) * sy;
			return {
				tag: 'rect',
				a: attrs({
					x: v(el.x) * sx,
					y: v(el.y) * sy,
					width,
					height,
					rx: rx || undefined,
					ry: ry || undefined
				})
			};
		}
		if (el instanceof SVGLineElement) {
			return {
				tag: 'line',
				a: attrs({ x1: v(el.x1) * sx, y1: v(el.y1) * sy, x2: v(el.x2) * sx, y2: v(el.y2) * sy })
			};
		}
		if (el instanceof SVGCircleElement) {
			const r = v(el.r);
			if (r <= 0) return undefined;
			return sx === sy
				? { tag: 'circle', a: attrs({ cx: v(el.cx) * sx, cy: v(el.cy) * sy, r: r * sx }) }
				: {
						tag: 'ellipse',
						a: attrs({ cx: v(el.cx) * sx, cy: v(el.cy) * sy, rx: r * sx, ry: r * sy })
					};
		}
		if (el instanceof SVGEllipseElement) {
			return {
				tag: 'ellipse',
				a: attrs({
					cx: v(el.cx) * sx,
					cy: v(el.cy) * sy,
					rx: v(el.rx) * sx,
					ry: v(el.ry) * sy
				})
			};
		}
		if (el instanceof SVGPathElement) {
			const d = el.getAttribute('d');
			if (!d) return undefined;
			return { tag: 'path', a: attrs({ d: sx === 1 && sy === 1 ? d : scalePath(d, sx, sy) }) };
		}
		if (el instanceof SVGPolygonElement || el instanceof SVGPolylineElement) {
			const points = Array.from(el.points)
				.map((p) => `${num(p.x * sx)},${num(p.y * sy)}`)
				.join(' ');
			return {
				tag: el instanceof SVGPolygonElement ? 'polygon' : 'polyline',
				a: attrs({ points })
			};
		}
		return undefined;
	}

	/** One SVG element and its children as markup; `drawn` is false for what is copied into <defs>. */
	function svgNode(el: Element, drawn: boolean, walk: Walk): string {
		const s = getComputedStyle(el);
		if (s.display === 'none') return '';
		const opacity = px(s.opacity || '1');
		if (opacity === 0) return '';
		const tag = el.localName;
		const transform = el.getAttribute('transform') ?? undefined;
		if (tag === 'g' || tag === 'a' || tag === 'svg' || tag === 'switch') {
			const inner = Array.from(el.children)
				.map((c) => svgNode(c, drawn, walk))
				.join('');
			if (!inner) return '';
			const clip = urlId(s.getPropertyValue('clip-path'));
			return `<g${attrs({
				transform,
				opacity: opacity < 1 ? opacity : undefined,
				'clip-path': clip && define(clip) ? `url(#${clip})` : undefined
			})}>${inner}</g>`;
		}
		if (s.visibility !== 'visible') return '';
		if (tag === 'stop') {
			const paint = colour(s.getPropertyValue('stop-color'));
			const alpha = (paint?.alpha ?? 0) * px(s.getPropertyValue('stop-opacity') || '1');
			return `<stop${attrs({
				offset: el.getAttribute('offset') ?? '0',
				'stop-color': paint?.hex ?? '#000000',
				'stop-opacity': alpha < 1 ? alpha : undefined
			})}/>`;
		}
		if (tag === 'text') return svgText(el as SVGTextElement, s, opacity, walk, drawn);
		const shape = geometry(el);
		if (!shape) return '';
		const own = attrs({ transform, opacity: opacity < 1 ? opacity : undefined });
		const matrix = drawn && !transform ? (el as SVGGraphicsElement).getScreenCTM() : null;
		const baked =
			matrix &&
			s.getPropertyValue('vector-effect') === 'non-scaling-stroke' &&
			s.getPropertyValue('stroke') !== 'none' &&
			Math.abs(matrix.b) < 1e-6 &&
			Math.abs(matrix.c) < 1e-6 &&
			(Math.abs(matrix.a - 1) > 1e-3 || Math.abs(matrix.d - 1) > 1e-3);
		if (drawn) grow(toRect(el.getBoundingClientRect()), walk);
		if (!baked || !matrix) {
			return `<${shape.tag}${shape.a}${own}${shapeStyle(el, s, 'keep', !drawn)}/>`;
		}
		// resvg ignores vector-effect: draw the stroke in a group that undoes the viewBox's scale,
		// and the fill (a hatch stretched with the viewBox, as the browser draws it) as it is
		const { a: sx, d: sy } = matrix;
		const stroke = geometry(el, sx, sy)!;
		const fill =
			s.getPropertyValue('fill') === 'none'
				? ''
				: `<${shape.tag}${shape.a}${shapeStyle(el, s, 'none')}/>`;
		const line = `<g transform="scale(${fine(1 / sx)} ${fine(1 / sy)})"><${stroke.tag}${
			stroke.a
		}${shapeStyle(el, s, 'only')}/></g>`;
		return opacity < 1 ? `<g opacity="${num(opacity)}">${fill}${line}</g>` : fill + line;
	}

	/** An SVG <text> (the map's names) with its computed font and paint. */
	function svgText(
		el: SVGTextElement,
		s: CSSStyleDeclaration,
		opacity: number,
		walk: Walk,
		drawn: boolean
	): string {
		const content = el.textContent?.trim();
		if (!content) return '';
		const copy = ['x', 'y', 'dx', 'dy', 'transform'].map((n) => [
			n,
			el.getAttribute(n) ?? undefined
		]);
		const a =
			attrs(Object.fromEntries(copy)) +
			attrs({
				'font-size': px(s.fontSize),
				'font-weight': s.fontWeight === '400' ? undefined : s.fontWeight,
				'font-style': s.fontStyle === 'normal' ? undefined : s.fontStyle,
				'text-anchor': s.getPropertyValue('text-anchor') === 'start' ? undefined : s.textAnchor,
				'dominant-baseline':
					s.getPropertyValue('dominant-baseline') === 'auto'
						? undefined
						: s.getPropertyValue('dominant-baseline'),
				opacity: opacity < 1 ? opacity : undefined
			}) +
			shapeStyle(el, s, 'keep');
		if (drawn) {
			const r = el.getBoundingClientRect();
			const seen = grow(toRect(r), walk) ? intersect(toRect(r), walk.clip) : undefined;
			if (seen && !walk.local) {
				textBoxes.push({
					x: X(seen.left),
					y: Y(seen.top),
					width: seen.right - seen.left,
					height: seen.bottom - seen.top
				});
			}
		}
		return `<text${a} xml:space="preserve">${esc(content)}</text>`;
	}

	/** Copies a pattern, gradient, clip path, mask or marker into <defs>; false if there is none. */
	function define(id: string): boolean {
		if (defs.has(id)) return true;
		const el = document.getElementById(id);
		if (!(el instanceof SVGElement)) return false;
		defs.set(id, '');
		const kept: Record<string, string> = {};
		for (const { name, value } of Array.from(el.attributes)) {
			if (name === 'class' || name === 'style' || name.startsWith('data-')) continue;
			if (name === 'href' || name === 'xlink:href') {
				const ref = value.startsWith('#') ? value.slice(1) : '';
				if (ref && define(ref)) kept['xlink:href'] = `#${ref}`;
				continue;
			}
			kept[name] = value;
		}
		const walk: Walk = { clip: undefined, local: true, ellipsis: undefined };
		const inner = Array.from(el.children)
			.map((c) => svgNode(c, false, walk))
			.join('');
		defs.set(id, `<${el.localName}${attrs(kept)}>${inner}</${el.localName}>`);
		return true;
	}

	/** An <svg> laid out in the HTML: a nested <svg> at its content box. */
	function svgRoot(el: SVGSVGElement, s: CSSStyleDeclaration, walk: Walk) {
		const r = el.getBoundingClientRect();
		const left = r.left + px(s.borderLeftWidth) + px(s.paddingLeft);
		const top = r.top + px(s.borderTopWidth) + px(s.paddingTop);
		const width = r.right - px(s.borderRightWidth) - px(s.paddingRight) - left;
		const height = r.bottom - px(s.borderBottomWidth) - px(s.paddingBottom) - top;
		if (width <= 0 || height <= 0) return;
		const visible = s.overflow.startsWith('visible');
		const inner = visible
			? walk
			: {
					...walk,
					clip: intersect({ left, top, right: left + width, bottom: top + height }, walk.clip)
				};
		if (!inner.clip && walk.clip) return;
		const content = Array.from(el.children)
			.map((c) => svgNode(c, true, inner))
			.join('');
		if (!content) return;
		if (!visible) grow({ left, top, right: left + width, bottom: top + height }, walk);
		const viewBox = el.getAttribute('viewBox') ?? undefined;
		emit(
			`<svg${attrs({
				x: X(left),
				y: Y(top),
				width,
				height,
				viewBox,
				preserveAspectRatio: viewBox
					? (el.getAttribute('preserveAspectRatio') ?? undefined)
					: undefined,
				overflow: visible ? 'visible' : undefined
			})}>${content}</svg>`
		);
	}

	// ---- the walk -----------------------------------------------------------------------------

	const matrixOf = (t: string) => {
		const m = /^matrix(3d)?\(([^)]*)\)/u.exec(t);
		if (!m) return undefined;
		const v = (m[2] ?? '').split(',').map(parseFloat);
		// a 3D matrix's 2D part: m11 m12 m21 m22 m41 m42
		return m[1] ? [v[0], v[1], v[4], v[5], v[12], v[13]] : v;
	};

	function element(el: Element, walk: Walk) {
		const s = getComputedStyle(el);
		if (s.display === 'none') return;
		const opacity = px(s.opacity || '1');
		if (opacity === 0) return;
		let r = el.getBoundingClientRect();
		// visually hidden: clipped to nothing on purpose
		if (s.clipPath !== 'none' && (r.width <= 1 || r.height <= 1)) return;
		const closers: string[] = [];
		const open = (markup: string, close: string) => {
			emit(markup);
			closers.push(close);
		};
		if (opacity < 1) open(`<g opacity="${num(opacity)}">`, '</g>');

		// a rotated or scaled box: measured without its transform, drawn in a group that applies it
		const m = s.transform === 'none' ? undefined : matrixOf(s.transform);
		const linear = m && (m[1] !== 0 || m[2] !== 0 || m[0] !== 1 || m[3] !== 1);
		const saved = el instanceof HTMLElement || el instanceof SVGElement ? el.style : undefined;
		let restore: (() => void) | undefined;
		let inner = walk;
		if (m && linear && saved) {
			grow(toRect(r), walk);
			const before = {
				transform: [saved.getPropertyValue('transform'), saved.getPropertyPriority('transform')],
				transition: [saved.getPropertyValue('transition'), saved.getPropertyPriority('transition')]
			};
			saved.setProperty('transition', 'none', 'important');
			saved.setProperty('transform', 'none', 'important');
			restore = () => {
				for (const [name, [value, priority]] of Object.entries(before)) {
					if (value) saved.setProperty(name, value, priority);
					else saved.removeProperty(name);
				}
			};
			r = el.getBoundingClientRect();
			const [ox = 0, oy = 0] = s.transformOrigin.split(' ').map(px);
			const cx = X(r.left + ox);
			const cy = Y(r.top + oy);
			open(
				`<g transform="translate(${num(cx)} ${num(cy)}) matrix(${m.map((v) => fine(v ?? 0)).join(' ')}) translate(${num(-cx)} ${num(-cy)})">`,
				'</g>'
			);
			inner = { ...walk, local: true };
		}
		try {
			box(s, r, inner);
			if (el instanceof SVGSVGElement) {
				svgRoot(el, s, inner);
				return;
			}
			if (!(el instanceof HTMLElement)) return;
			// what overflows a clipping box is cut at its padding box; a cut line ends in "…"
			const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible';
			const overflows =
				el.scrollWidth > el.clientWidth + 0.5 || el.scrollHeight > el.clientHeight + 0.5;
			if (clips && overflows) {
				const pad: Rect = {
					left: r.left + px(s.borderLeftWidth),
					top: r.top + px(s.borderTopWidth),
					right: r.right - px(s.borderRightWidth),
					bottom: r.bottom - px(s.borderBottomWidth)
				};
				const id = `svg-clip-${++clipCount}`;
				defs.set(
					id,
					`<clipPath id="${id}"><rect${attrs({
						x: X(pad.left),
						y: Y(pad.top),
						width: pad.right - pad.left,
						height: pad.bottom - pad.top
					})}/></clipPath>`
				);
				open(`<g clip-path="url(#${id})">`, '</g>');
				inner = { ...inner, clip: inner.local ? inner.clip : intersect(pad, inner.clip) };
				if (!inner.local && !inner.clip) return;
				if (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 0.5) {
					const cut = pad.right - px(s.paddingRight) - textWidth(fontOf(s), '…');
					inner = { ...inner, ellipsis: { cut, done: false } };
				}
			}
			children(el, inner);
		} finally {
			restore?.();
			for (const close of closers.reverse()) emit(close);
		}
	}

	/** An element's children in painting order: positioned ones with a z-index above the rest. */
	function children(el: Element, walk: Walk) {
		const layer = (n: ChildNode) => {
			if (!(n instanceof Element)) return 0;
			const s = getComputedStyle(n);
			return s.position !== 'static' && s.zIndex !== 'auto' ? parseInt(s.zIndex, 10) || 0 : 0;
		};
		const nodes = Array.from(el.childNodes)
			.map((node, i) => ({ node, i, z: layer(node) }))
			.sort((a, b) => a.z - b.z || a.i - b.i);
		for (const { node } of nodes) {
			if (node instanceof Text) text(node, el, walk);
			else if (node instanceof Element) element(node, walk);
		}
	}

	children(plot, { clip: undefined, local: false, ellipsis: undefined });
	flush();
	if (bounds.top > bounds.bottom) Object.assign(bounds, { top: 0, bottom: origin.height });

	// ---- header, footer, page -----------------------------------------------------------------

	const titleStyle = getComputedStyle(frame.querySelector('.title') ?? frame);
	const rootStyle = getComputedStyle(document.documentElement);
	const ink = colour(titleStyle.color)?.hex ?? '#1b1b1b';
	const soft = colour(rootStyle.getPropertyValue('--ink-soft').trim())?.hex ?? '#4a4a4a';
	let paper = '#ffffff';
	for (let e: Element | null = frame; e; e = e.parentElement) {
		const bg = colour(getComputedStyle(e).backgroundColor);
		if (bg && bg.alpha === 1) {
			paper = bg.hex;
			break;
		}
	}
	const titleSize = px(titleStyle.fontSize) || 18;

	const contentWidth = bounds.right - bounds.left;
	const width = Math.ceil(contentWidth + 2 * PAD);
	const measure = width - 2 * PAD;

	// where a line may break: between CJK characters, after a space; never before a closing
	// mark or after an opening one
	const NO_START = new Set(Array.from('，。、；：？！）」』》〉】”’,.;:?!)]}%…·—～'));
	const NO_END = new Set(Array.from('（「『《〈【“‘([{'));
	const cjk = (c: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(c);
	function wrap(words: string, font: string): string[] {
		const chars = Array.from(words.replace(/\s+/gu, ' ').trim());
		const pieces: string[] = [];
		let piece = '';
		chars.forEach((c, i) => {
			piece += c;
			const next = chars[i + 1];
			if (next === undefined) return;
			const breaks = c === ' ' ? next !== ' ' : next !== ' ' && (cjk(c) || cjk(next));
			if (breaks && !NO_START.has(next) && !NO_END.has(c)) {
				pieces.push(piece);
				piece = '';
			}
		});
		if (piece) pieces.push(piece);
		const lines: string[] = [];
		let line = '';
		for (const p of pieces) {
			if (!line || textWidth(font, (line + p).trimEnd()) <= measure) {
				line += p;
				continue;
			}
			lines.push(line.trimEnd());
			line = p.trimStart();
		}
		if (line) lines.push(line.trimEnd());
		// a piece wider than the measure (a long URL) is cut by characters
		return lines.flatMap((l) => {
			if (textWidth(font, l) <= measure) return [l];
			const cut: string[] = [];
			let part = '';
			for (const c of Array.from(l)) {
				if (part && textWidth(font, part + c) > measure) {
					cut.push(part);
					part = '';
				}
				part += c;
			}
			return part ? [...cut, part] : cut;
		});
	}

	const words: string[] = [];
	let y = PAD;
	function block(content: string, size: number, weight: number, fill: string, leading: number) {
		const font = `normal ${weight} ${size}px ${fontFamily}`;
		const { ascent, descent } = fontMetrics(font);
		for (const line of wrap(content, font)) {
			const lineHeight = size * leading;
			const top = y + (lineHeight - ascent - descent) / 2;
			words.push(
				`<text${attrs({
					x: PAD,
					y: top + ascent,
					'font-size': size,
					'font-weight': weight === 400 ? undefined : weight,
					fill
				})} xml:space="preserve">${esc(line)}</text>`
			);
			textBoxes.push({ x: PAD, y: top, width: textWidth(font, line), height: ascent + descent });
			y += lineHeight;
		}
	}
	const boxesInChart = textBoxes.splice(0);
	block(meta.title, titleSize, 700, ink, 1.35);
	if (meta.subtitle) block(meta.subtitle, Math.round(titleSize * 0.8), 400, soft, 1.45);
	const header = words.splice(0);
	const dx = PAD - bounds.left;
	const dy = y + GAP - bounds.top;
	y = dy + bounds.bottom + GAP;
	const footerSize = Math.round(titleSize * 0.68);
	block(meta.source, footerSize, 400, soft, 1.5);
	block(meta.credit, footerSize, 400, soft, 1.5);
	const height = Math.ceil(y + PAD - footerSize * 0.25);
	const footer = words.splice(0);
	const headerBoxes = textBoxes.splice(0);
	const boxes = [...headerBoxes, ...boxesInChart.map((b) => ({ ...b, x: b.x + dx, y: b.y + dy }))];

	const description = frame.querySelector('[data-testid="chart-description"]')?.textContent ?? '';
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attrs({
			width,
			height,
			viewBox: `0 0 ${width} ${height}`,
			lang: meta.lang,
			'xml:lang': meta.lang,
			'font-family': fontFamily,
			role: 'img'
		})}>` +
		`<title>${esc(meta.title)}</title>` +
		(description.trim() ? `<desc>${esc(description.trim())}</desc>` : '') +
		(defs.size ? `<defs>${[...defs.values()].join('')}</defs>` : '') +
		`<rect width="100%" height="100%" fill="${paper}"/>` +
		`<g id="header">${header.join('')}</g>` +
		`<g id="chart" transform="translate(${num(dx)} ${num(dy)})">${out.join('')}</g>` +
		`<g id="footer">${footer.join('')}</g>` +
		`</svg>`;
	return { svg, width, height, textBoxes: boxes };
}
