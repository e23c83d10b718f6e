/**
 * The deck as a PowerPoint file: 16:9 (LAYOUT_WIDE, 13.333 × 7.5 in), set for a hall as the
 * slides on screen are (titles 32 pt, lines 24 pt, nothing under 18 pt, black on white, the
 * projector theme's accent and secondary), each step's full text in its notes, and every chart
 * that is bars, lines or a table as a native PowerPoint chart or table holding its numbers, so
 * that an office can restyle or correct it in PowerPoint or WPS; any other chart is its picture.
 *
 * Pure and isomorphic: it runs in the build (the prebuilt decks) and in the browser (a deck of
 * one's own choice), reads no file and fetches nothing: a picture comes as a data URL.
 *
 * Fonts: Microsoft YaHei for Chinese and Arial for English, which Windows has for PowerPoint
 * and WPS alike. Every Chinese run is marked GB2312 (pptxgenjs writes charset -122), and the
 * theme's East Asian fonts are YaHei too, so a machine without YaHei substitutes a Chinese sans
 * (DengXian, PingFang, Noto Sans CJK) rather than drawing boxes; English decks keep YaHei as
 * their East Asian font for the Chinese names and quotes they carry.
 *
 * The file is the same bytes for the same deck: pptxgenjs stamps the time into the document's
 * properties and the zip, and numbers charts by a counter that runs across every deck a
 * process makes; `settle` rewrites those, so `npm run check:build` finds two builds identical.
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { Locale } from '$lib/i18n/locale';

/** The colours a slide uses, by role; `pptx.ts` alone knows their values. */
export type PptxColor = 'ink' | 'soft' | 'accent' | 'secondary' | 'tertiary' | 'primary' | 'dim';

/**
 * The projector's theme (Deck.svelte's): black on white, the accent #004d4a and the secondary
 * #9b2c10; a shape a step does not talk about in `dim`, as the charts dim it on screen.
 */
export const PPTX_COLOURS: Record<PptxColor, string> = {
	ink: '000000',
	soft: '262626',
	accent: '004D4A',
	secondary: '9B2C10',
	tertiary: '1F3F8A',
	primary: '5B7F3A',
	dim: 'C8C8C8'
};

/**
 * How a bar is filled, as the charts on screen draw it: solid for what happened, hatched for
 * what is aimed at (a target, a plan), a dashed outline for a list held in reserve.
 */
export type PptxMark = PptxColor | { color: PptxColor; style: 'hatched' | 'outline' };

/** One series of a native chart: its name and a value per category (null where there is none). */
export interface PptxSeries {
	name: string;
	values: (number | null)[];
	color: PptxColor;
	/** One mark per bar, for a chart of one series whose bars differ (a step dims some). */
	points?: PptxMark[];
	/** A line drawn dotted, as on screen: the way still to go to a target, not what happened. */
	dotted?: boolean;
}

/** A native bar or line chart. */
export interface PptxPlot {
	kind: 'bar' | 'line';
	/** Bars drawn across rather than up. */
	horizontal?: boolean;
	/** Bars stacked into one. */
	stacked?: boolean;
	categories: string[];
	series: PptxSeries[];
	/** The value axis's title: the unit of what is counted. */
	axis: string;
	/** Over the chart, where a unit alone would not say what is counted: the chart's own label. */
	heading?: string;
	/** The value axis's top, where the chart has one (the parts of a whole: their sum). */
	max?: number;
	/** Each bar or point labelled with its value. */
	values: boolean;
	/** An Excel number format for the values: `General` keeps the sources' own decimals. */
	format: string;
	legend: boolean;
	/** A line under the chart, for what the chart's picture writes beside its marks. */
	note?: string;
	/** What the chart is, for a screen reader (its title). */
	alt: string;
}

/** A native table: a header row and rows of cells, every one a string as the chart writes it. */
export interface PptxTable {
	kind: 'table';
	columns: string[];
	rows: string[][];
	note?: string;
	alt: string;
}

export type PptxChart = PptxPlot | PptxTable;

/** A chart's picture: a PNG as a data URL (the browser fetches it and turns it into one). */
export interface PptxPicture {
	src: string;
	alt: string;
}

/** One of the cover's large numbers: a target's latest figure, and what it is measured against. */
export interface PptxBig {
	label: string;
	value: string;
	of: string;
}

export interface PptxSlide {
	/** The slide's key in the deck (slides.ts): the pages of a table split across slides share it. */
	key: string;
	kind: 'cover' | 'step' | 'close' | 'caveats';
	/** Over the title: a step's chapter ("01 起点"), or the cover's occasion. */
	kicker?: string;
	title: string;
	/** Under the title: a step's lines, the cover's point, the close's and the appendix's lines. */
	lines: string[];
	/** The presenter's notes, plain text; paragraphs apart by a blank line. */
	notes: string;
	chart?: PptxChart;
	picture?: PptxPicture;
	/** The cover's three figures. */
	big?: PptxBig[];
	/** The cover's last line: the speaker and the date. */
	byline?: string;
	/** The close: the site's address, where it is a public one. */
	link?: string;
	/** The close: the documents every figure comes from. */
	sources?: string;
}

export interface PptxDeck {
	locale: Locale;
	/** The document's title (its properties), the story's heading. */
	title: string;
	/** Its author in the properties: the site's name. */
	author?: string;
	/**
	 * The date the file says it was made, YYYY-MM-DD: fixed by the deck, not the clock, so one
	 * deck is always the same bytes. 1980-01-01 (the zip format's first day) when not given.
	 */
	date?: string;
	slides: PptxSlide[];
}

/** The slide, in inches. */
export const SLIDE = { width: 13.333, height: 7.5 } as const;
const MARGIN = 0.6;
const WIDTH = SLIDE.width - 2 * MARGIN;
/** Where a step's chart ends: the slide number sits under it. */
const BOTTOM = 6.95;

/** Type sizes in points: a hall's, as the slides on screen set them at 1920 px. */
export const TYPE = {
	/** The least any text is set at: chart labels, table cells, sources, the slide number. */
	least: 18,
	kicker: 20,
	line: 24,
	title: 32,
	coverPoint: 28,
	coverBig: 48,
	coverTitle: 54
} as const;

/** Lines are set exactly this many times their size apart, so the layout can count them. */
const LEADING = 1.25;

const FONT: Record<Locale, string> = { zh: 'Microsoft YaHei', en: 'Arial' };
const LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en-US' };

/** A line's height in inches at `size` points. */
const lineHeight = (size: number) => (size * LEADING) / 72;

/**
 * About how wide a text is set, in ems: a Han character or full-width mark one em, a Latin
 * letter or digit about half, a space about a quarter. Enough to count a text's lines and keep
 * a table on its slide; PowerPoint breaks the lines itself.
 */
function ems(text: string, bold = false): number {
	// a bold Latin letter is set about a tenth wider; a Han character keeps its em
	const latin = bold ? 1.1 : 1;
	let width = 0;
	for (const ch of text) {
		if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019]/u.test(ch))
			width += 1;
		else if (/[ il.,:;'|!()[\]ijtfrI]/u.test(ch)) width += 0.3 * latin;
		else if (/[mwMW%@]/u.test(ch)) width += 0.85 * latin;
		else if (/[A-Z&#]/u.test(ch)) width += 0.67 * latin;
		else width += 0.54 * latin;
	}
	return width;
}

/** A line is counted as broken a little short of its box: fonts differ, and so do their apps. */
const SLACK = 0.94;

/**
 * How many lines a text takes at `size` points in a box `width` inches wide, broken as
 * PowerPoint breaks them: between any two Han characters, between Latin words; `bold` for a
 * text set in bold.
 */
export function linesOf(text: string, size: number, width: number, bold = false): number {
	const room = ((width * 72) / size) * SLACK;
	let lines = 0;
	for (const paragraph of text.split('\n')) {
		const units = paragraph.match(
			/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f][，。、；：！？）》”’]?|[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]+\s*|\s+/gu
		) ?? [''];
		let used = 0;
		lines++;
		for (const unit of units) {
			const w = ems(unit, bold);
			if (used > 0 && used + ems(unit.trimEnd(), bold) > room) {
				lines++;
				used = w;
			} else used += w;
		}
	}
	return lines;
}

/** Where a step's chart goes: the box under its title and lines. */
export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** The heights of a step's kicker, title and lines, and the chart's box under them. */
function stepLayout(slide: Pick<PptxSlide, 'title' | 'lines'>) {
	const kicker = { y: 0.32, h: lineHeight(TYPE.kicker) };
	const titleLines = linesOf(slide.title, TYPE.title, WIDTH, true);
	const title = { y: kicker.y + kicker.h + 0.08, h: titleLines * lineHeight(TYPE.title) };
	const gap = 6 / 72;
	const lineRows = slide.lines.reduce((n, l) => n + linesOf(l, TYPE.line, WIDTH), 0);
	const lines = {
		y: title.y + title.h + 0.1,
		h: lineRows * lineHeight(TYPE.line) + Math.max(0, slide.lines.length - 1) * gap
	};
	const top = lines.y + lines.h + (slide.lines.length ? 0.22 : 0.12);
	return { kicker, title, lines, chart: { x: MARGIN, y: top, w: WIDTH, h: BOTTOM - top } };
}

/** The box a step's chart or picture fills, for a slide with this title and these lines. */
export const chartBox = (slide: Pick<PptxSlide, 'title' | 'lines'>): Box => stepLayout(slide).chart;

/** A table cell's inner margin, in inches: left and right, top and bottom. */
const CELL = { x: 0.08, y: 0.05 };

/**
 * What a table leaves free at its right: a full-width comma or stop that ends a line of Chinese
 * hangs past its cell (PowerPoint, WPS and LibreOffice all hang it), and must not reach the
 * slide's margin.
 */
const HANG = 0.2;

/** A table's width in a box, its hanging punctuation's room left free. */
const tableWidth = (box: Pick<Box, 'w'>) => box.w - HANG;

/** A cell this short (in ems) is kept on one line: a number with its unit, a year, a status. */
const SHORT_CELL = 9;

/**
 * A table's column widths in inches across `width`: first each column as wide as its short
 * cells (numbers with their units, years, statuses) and its header's longest word need, so
 * those never break; then the room left goes to the columns of longer text, in proportion to
 * how much more they would take on one line.
 */
export function columnWidths(table: Pick<PptxTable, 'columns' | 'rows'>, width: number): number[] {
	// the width a cell's text of `n` ems takes at the table's size, by `linesOf`'s count
	// (with room for digits set wider than `ems` counts them, as LibreOffice's fonts set them)
	const set = (n: number) => (n * TYPE.least) / 72 / SLACK + 2 * CELL.x + 0.1;
	const cells = (i: number) => table.rows.map((r) => r[i] ?? '');
	// a Latin word never breaks inside ("comparabl-e"); Han characters break anywhere
	const words = (text: string, bold = false) =>
		(text.match(/[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]+/gu) ?? []).map((w) => ems(w, bold));
	const least = table.columns.map((c, i) => {
		const short = cells(i)
			.map((text) => ems(text))
			.filter((w) => w <= SHORT_CELL);
		// the header is set in bold
		return set(Math.max(...words(c, true), ...cells(i).flatMap((t) => words(t)), ...short, 2));
	});
	const natural = table.columns.map((c, i) =>
		set(Math.max(ems(c, true), ...cells(i).map((text) => ems(text))))
	);
	const spare = width - least.reduce((a, b) => a + b, 0);
	const more = natural.map((n, i) => Math.max(0, n - least[i]!));
	const wanted = more.reduce((a, b) => a + b, 0);
	if (spare <= 0) {
		const total = least.reduce((a, b) => a + b, 0);
		return least.map((w) => (w / total) * width);
	}
	// all fits on one line: the rest is shared alike; otherwise as each column wants it
	if (wanted <= spare) return least.map((w, i) => w + more[i]! + (spare - wanted) / least.length);
	return least.map((w, i) => w + (more[i]! / wanted) * spare);
}

/** How tall a table's header and rows are set, in inches. */
export function tableHeight(table: Pick<PptxTable, 'columns' | 'rows'>, width: number): number {
	const widths = columnWidths(table, width);
	const row = (cells: string[], bold = false) =>
		Math.max(...cells.map((c, i) => linesOf(c, TYPE.least, widths[i]! - 2 * CELL.x, bold))) *
			lineHeight(TYPE.least) +
		2 * CELL.y +
		0.04;
	// the header is set in bold
	return row(table.columns, true) + table.rows.reduce((h, r) => h + row(r), 0);
}

/** The most rows a slide's table holds: a tall table goes on in slides of at most five. */
export const TABLE_ROWS = 5;

/**
 * A tall table's slides: as few as hold it at no more than `TABLE_ROWS` rows each (as many rows
 * as fit, down to one a slide), the rows spread evenly so no slide holds one or two alone after
 * full ones (eleven rows: 4, 4, 3; the first slide, under the step's lines, takes the fewest).
 * `first` is the box on the first slide, `rest` on the others, which carry the title alone.
 * Every page repeats the header.
 */
export function tablePages(
	table: PptxTable,
	first: Pick<Box, 'w' | 'h'>,
	rest: Pick<Box, 'w' | 'h'>
): PptxTable[] {
	const n = table.rows.length;
	const note = (box: Pick<Box, 'w'>) =>
		table.note ? linesOf(table.note, TYPE.least, box.w) * lineHeight(TYPE.least) + 0.1 : 0;
	const fits = (rows: string[][], box: Pick<Box, 'w' | 'h'>) =>
		tableHeight({ columns: table.columns, rows }, tableWidth(box)) + note(box) <= box.h;
	for (let pages = Math.ceil(n / TABLE_ROWS); pages <= n; pages++) {
		// the fewest rows on the first page (it has the step's words over it), rows kept in order
		const sizes = spread(table.rows, pages)
			.map((rows) => rows.length)
			.reverse();
		let at = 0;
		const split = sizes.map((size) => table.rows.slice(at, (at += size)));
		if (split.every((rows, i) => fits(rows, i === 0 ? first : rest)))
			return split.map((rows) => ({ ...table, rows }));
	}
	return table.rows.map((row) => ({ ...table, rows: [row] }));
}

/** Items into `pages` runs as even as can be, the longer ones first. */
function spread<T>(items: T[], pages: number): T[][] {
	const out: T[][] = [];
	let at = 0;
	for (let p = 0; p < pages; p++) {
		const size = Math.ceil((items.length - at) / (pages - p));
		out.push(items.slice(at, at + size));
		at += size;
	}
	return out;
}

type Slide = PptxGenJS.Slide;

/** Text options every text box shares. */
function textBase(locale: Locale, size: number): PptxGenJS.TextPropsOptions {
	return {
		fontFace: FONT[locale],
		fontSize: size,
		color: PPTX_COLOURS.ink,
		lang: LANG[locale],
		margin: 0,
		valign: 'top',
		lineSpacing: size * LEADING,
		fit: 'none'
	};
}

function addStep(pptx: PptxGenJS, slide: Slide, s: PptxSlide, locale: Locale, marks: Marks) {
	const layout = stepLayout(s);
	if (s.kicker)
		slide.addText(s.kicker, {
			...textBase(locale, TYPE.kicker),
			x: MARGIN,
			y: layout.kicker.y,
			w: WIDTH,
			h: layout.kicker.h,
			bold: true,
			color: PPTX_COLOURS.accent
		});
	slide.addText(s.title, {
		...textBase(locale, TYPE.title),
		x: MARGIN,
		y: layout.title.y,
		w: WIDTH,
		h: layout.title.h,
		bold: true
	});
	if (s.lines.length)
		slide.addText(
			s.lines.map((line) => ({ text: line, options: { breakLine: true, paraSpaceAfter: 6 } })),
			{ ...textBase(locale, TYPE.line), x: MARGIN, y: layout.lines.y, w: WIDTH, h: layout.lines.h }
		);
	const box = layout.chart;
	if (s.chart) addChart(pptx, slide, s.chart, box, locale, marks);
	else if (s.picture) addPicture(slide, s.picture, box);
}

/** A note under a chart: the box above it is what is left. */
function withNote(slide: Slide, note: string | undefined, box: Box, locale: Locale): Box {
	if (!note) return box;
	const h = linesOf(note, TYPE.least, box.w) * lineHeight(TYPE.least);
	slide.addText(note, {
		...textBase(locale, TYPE.least),
		x: box.x,
		y: box.y + box.h - h,
		w: box.w,
		h,
		color: PPTX_COLOURS.soft
	});
	return { ...box, h: box.h - h - 0.1 };
}

/** A heading over a chart: the box under it is what is left. */
function withHeading(slide: Slide, heading: string | undefined, box: Box, locale: Locale): Box {
	if (!heading) return box;
	const h = linesOf(heading, TYPE.least, box.w) * lineHeight(TYPE.least);
	slide.addText(heading, {
		...textBase(locale, TYPE.least),
		x: box.x,
		y: box.y,
		w: box.w,
		h,
		bold: true,
		color: PPTX_COLOURS.soft
	});
	return { ...box, y: box.y + h + 0.08, h: box.h - h - 0.08 };
}

/** A hatched or outlined bar's fill and line, as DrawingML writes them. */
function fillXml(m: Exclude<PptxMark, PptxColor>): string {
	const c = PPTX_COLOURS[m.color];
	return m.style === 'hatched'
		? `<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="${c}"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill><a:ln w="19050"><a:solidFill><a:srgbClr val="${c}"/></a:solidFill></a:ln>`
		: `<a:noFill/><a:ln w="28575"><a:solidFill><a:srgbClr val="${c}"/></a:solidFill><a:prstDash val="dash"/></a:ln>`;
}

/** The stand-in colours of hatched and outlined bars, and the fills they stand for. */
type Marks = Map<string, string>;

function addChart(
	pptx: PptxGenJS,
	slide: Slide,
	chart: PptxChart,
	area: Box,
	locale: Locale,
	marks: Marks
) {
	const noted = withNote(slide, chart.note, area, locale);
	if (chart.kind === 'table') return addTable(slide, chart, noted, locale);
	const box = withHeading(slide, chart.heading, noted, locale);
	const font = FONT[locale];
	const hex = (c: PptxColor) => PPTX_COLOURS[c];
	// pptxgenjs fills a bar with one colour: a hatched or outlined one gets a colour of its own,
	// which `settle` turns into its pattern or outline
	const mark = (m: PptxMark) => {
		if (typeof m === 'string') return hex(m);
		const stand = `F0${(marks.size + 1).toString(16).toUpperCase().padStart(4, '0')}`;
		marks.set(stand, fillXml(m));
		return stand;
	};
	// a dotted line gets a colour of its own too (F1…), which `settle` draws dotted in its own
	const dotted = (c: PptxColor) => {
		const stand = `F1${(marks.size + 1).toString(16).toUpperCase().padStart(4, '0')}`;
		marks.set(stand, `<a:solidFill><a:srgbClr val="${hex(c)}"/></a:solidFill>`);
		return stand;
	};
	const single = chart.series.length === 1 && chart.series[0]!.points;
	const colours = single
		? chart.series[0]!.points!.map(mark)
		: chart.series.map((s) => (s.dotted ? dotted(s.color) : hex(s.color)));
	// pptxgenjs colours one series' bars one by one only when given more than one colour
	if (colours.length === 1) colours.push(colours[0]!);
	const options: PptxGenJS.IChartOpts = {
		x: box.x,
		y: box.y,
		w: box.w,
		h: box.h,
		altText: chart.alt,
		lang: LANG[locale],
		chartColors: colours,
		barDir: chart.horizontal ? 'bar' : 'col',
		barGrouping: chart.stacked ? 'stacked' : 'clustered',
		barGapWidthPct: chart.stacked ? 150 : 80,
		catAxisLabelFontFace: font,
		catAxisLabelFontSize: TYPE.least,
		catAxisLabelColor: PPTX_COLOURS.ink,
		catAxisLineShow: true,
		catAxisLineColor: PPTX_COLOURS.soft,
		catAxisHidden: chart.categories.length < 2 && chart.stacked === true,
		valAxisLabelFontFace: font,
		valAxisLabelFontSize: TYPE.least,
		valAxisLabelColor: PPTX_COLOURS.soft,
		valAxisLabelFormatCode: chart.format,
		valAxisLineShow: false,
		// a part of a whole needs no grid: its share is written in the key
		valGridLine: chart.max === undefined ? { color: 'D9D9D9', size: 1 } : { style: 'none' },
		catGridLine: { style: 'none' },
		// a bar starts at zero, or its length says nothing; a line may start anywhere
		...(chart.kind === 'bar' ? { valAxisMinVal: 0 } : {}),
		...(chart.max === undefined ? {} : { valAxisMaxVal: chart.max }),
		valAxisHidden: chart.max !== undefined,
		showValAxisTitle: chart.axis !== '' && chart.max === undefined,
		valAxisTitle: chart.axis,
		valAxisTitleFontFace: font,
		valAxisTitleFontSize: TYPE.least,
		valAxisTitleColor: PPTX_COLOURS.soft,
		showValue: chart.values,
		dataLabelFontFace: font,
		dataLabelFontSize: TYPE.least,
		dataLabelFontBold: true,
		dataLabelColor: chart.stacked ? 'FFFFFF' : PPTX_COLOURS.ink,
		dataLabelFormatCode: chart.format,
		dataLabelPosition: chart.stacked ? 'ctr' : chart.kind === 'line' ? 't' : 'outEnd',
		showLegend: chart.legend,
		legendPos: 'b',
		legendFontFace: font,
		legendFontSize: TYPE.least,
		legendColor: PPTX_COLOURS.ink,
		lineSize: 3,
		lineDataSymbol: 'circle',
		lineDataSymbolSize: 10,
		displayBlanksAs: 'span'
	};
	const data = chart.series.map((s) => ({
		name: s.name,
		labels: chart.categories,
		// a missing value is left empty, which PowerPoint reads as no point (settle drops it)
		values: s.values as number[]
	}));
	slide.addChart(chart.kind === 'bar' ? pptx.ChartType.bar : pptx.ChartType.line, data, options);
}

type Borders = [
	PptxGenJS.BorderProps,
	PptxGenJS.BorderProps,
	PptxGenJS.BorderProps,
	PptxGenJS.BorderProps
];

function addTable(slide: Slide, table: PptxTable, box: Box, locale: Locale) {
	const widths = columnWidths(table, tableWidth(box));
	const none = { type: 'none' as const };
	const under = (pt: number, color: string): Borders => [
		none,
		none,
		{ type: 'solid', pt, color },
		none
	];
	// lines set exactly, as every text box's are: the table is as tall in any font, so
	// `tablePages` can keep it on its slide (pptxgenjs passes a cell's lineSpacing on, though
	// its types do not name it)
	const cell = (text: string, more: PptxGenJS.TableCellProps): PptxGenJS.TableCell => ({
		text,
		options: { ...more, lineSpacing: TYPE.least * LEADING } as PptxGenJS.TableCellProps
	});
	const head = table.columns.map((text) =>
		cell(text, { bold: true, color: PPTX_COLOURS.accent, border: under(2, PPTX_COLOURS.accent) })
	);
	const rows = table.rows.map((cells) =>
		cells.map((text) => cell(text, { border: under(1, 'BFBFBF') }))
	);
	slide.addTable([head, ...rows], {
		x: box.x,
		y: box.y,
		w: tableWidth(box),
		colW: widths,
		fontFace: FONT[locale],
		fontSize: TYPE.least,
		color: PPTX_COLOURS.ink,
		valign: 'top',
		margin: [CELL.y, CELL.x, CELL.y, CELL.x]
	});
}

/** A PNG's size in px, from its header (IHDR): width at byte 16, height at 20, big-endian. */
export function pngSize(src: string): { width: number; height: number } {
	const m = /^data:image\/png;base64,(.+)$/u.exec(src);
	if (!m) throw new Error('pptx: a picture must be a PNG as a data URL');
	const head = atob(m[1]!.slice(0, 44));
	const int = (at: number) =>
		((head.charCodeAt(at) << 24) |
			(head.charCodeAt(at + 1) << 16) |
			(head.charCodeAt(at + 2) << 8) |
			head.charCodeAt(at + 3)) >>>
		0;
	return { width: int(16), height: int(20) };
}

/** A picture as large as its box holds it, its proportions kept, centred across the box. */
function addPicture(slide: Slide, picture: PptxPicture, box: Box) {
	const size = pngSize(picture.src);
	const scale = Math.min(box.w / size.width, box.h / size.height);
	const w = size.width * scale;
	const h = size.height * scale;
	slide.addImage({
		data: picture.src.replace(/^data:/u, ''),
		x: box.x + (box.w - w) / 2,
		y: box.y,
		w,
		h,
		altText: picture.alt
	});
}

function addCover(slide: Slide, s: PptxSlide, locale: Locale) {
	let y = 0.55;
	if (s.kicker) {
		slide.addText(s.kicker, {
			...textBase(locale, TYPE.line),
			x: MARGIN,
			y,
			w: WIDTH,
			h: lineHeight(TYPE.line),
			bold: true,
			color: PPTX_COLOURS.accent
		});
		y += lineHeight(TYPE.line) + 0.2;
	}
	const titleH = linesOf(s.title, TYPE.coverTitle, WIDTH, true) * lineHeight(TYPE.coverTitle);
	slide.addText(s.title, {
		...textBase(locale, TYPE.coverTitle),
		x: MARGIN,
		y,
		w: WIDTH,
		h: titleH,
		bold: true
	});
	y += titleH + 0.2;
	for (const line of s.lines) {
		const h = linesOf(line, TYPE.coverPoint, WIDTH) * lineHeight(TYPE.coverPoint);
		slide.addText(line, { ...textBase(locale, TYPE.coverPoint), x: MARGIN, y, w: WIDTH, h });
		y += h + 0.1;
	}
	const big = s.big ?? [];
	if (big.length) {
		// the three figures in the slide's lower half, as on screen
		y = Math.max(y + 0.4, 3.7);
		const gap = 0.3;
		const w = (WIDTH - gap * (big.length - 1)) / big.length;
		const labelH =
			Math.max(...big.map((o) => linesOf(o.label, TYPE.kicker, w))) * lineHeight(TYPE.kicker);
		const ofH = Math.max(...big.map((o) => linesOf(o.of, TYPE.least, w))) * lineHeight(TYPE.least);
		// as large as sets every figure on one line ("CNY 3.024 billion" is long), else wrapped
		const size =
			[TYPE.coverBig, 40, 36, 32].find((pt) => big.every((o) => linesOf(o.value, pt, w) === 1)) ??
			32;
		const valueH = Math.max(...big.map((o) => linesOf(o.value, size, w))) * lineHeight(size);
		big.forEach((b, i) => {
			const x = MARGIN + i * (w + gap);
			slide.addShape('rect', {
				x,
				y: y - 0.08,
				w,
				h: 0.05,
				fill: { color: PPTX_COLOURS.accent },
				line: { color: PPTX_COLOURS.accent, width: 0 }
			});
			slide.addText(b.label, {
				...textBase(locale, TYPE.kicker),
				x,
				y: y + 0.05,
				w,
				h: labelH,
				bold: true,
				color: PPTX_COLOURS.soft
			});
			slide.addText(b.value, {
				...textBase(locale, size),
				x,
				y: y + 0.1 + labelH,
				w,
				h: valueH,
				bold: true,
				color: PPTX_COLOURS.accent
			});
			slide.addText(b.of, {
				...textBase(locale, TYPE.least),
				x,
				y: y + 0.15 + labelH + valueH,
				w,
				h: ofH,
				color: PPTX_COLOURS.soft
			});
		});
	}
	if (s.byline)
		slide.addText(s.byline, {
			...textBase(locale, TYPE.line),
			x: MARGIN,
			y: SLIDE.height - 0.45 - lineHeight(TYPE.line),
			w: WIDTH,
			h: lineHeight(TYPE.line),
			color: PPTX_COLOURS.soft
		});
}

/** The close and the appendix: a title, lines, and on the close the address and the sources. */
function addWords(slide: Slide, s: PptxSlide, locale: Locale) {
	let y = 0.6;
	const titleSize = s.kind === 'close' ? TYPE.coverBig : TYPE.title;
	const titleH = linesOf(s.title, titleSize, WIDTH, true) * lineHeight(titleSize);
	slide.addText(s.title, {
		...textBase(locale, titleSize),
		x: MARGIN,
		y,
		w: WIDTH,
		h: titleH,
		bold: true
	});
	y += titleH + 0.3;
	const bullets = s.kind === 'caveats';
	const rows = s.lines.reduce((n, l) => n + linesOf(l, TYPE.line, WIDTH - (bullets ? 0.4 : 0)), 0);
	const linesH = rows * lineHeight(TYPE.line) + s.lines.length * (10 / 72);
	if (s.lines.length)
		slide.addText(
			s.lines.map((text) => ({
				text,
				options: {
					breakLine: true,
					paraSpaceAfter: 10,
					...(bullets ? { bullet: { indent: 24 } } : {})
				}
			})),
			{ ...textBase(locale, TYPE.line), x: MARGIN, y, w: WIDTH, h: linesH }
		);
	y += linesH + 0.3;
	if (s.link) {
		slide.addText(s.link, {
			...textBase(locale, TYPE.line),
			x: MARGIN,
			y,
			w: WIDTH,
			h: lineHeight(TYPE.line),
			bold: true,
			color: PPTX_COLOURS.accent
		});
		y += lineHeight(TYPE.line) + 0.3;
	}
	if (s.sources) {
		const h = linesOf(s.sources, TYPE.least, WIDTH) * lineHeight(TYPE.least);
		slide.addText(s.sources, {
			...textBase(locale, TYPE.least),
			x: MARGIN,
			y: Math.max(y, BOTTOM - h),
			w: WIDTH,
			h,
			color: PPTX_COLOURS.soft
		});
	}
}

/** The deck as a .pptx file. */
export async function pptxFile(deck: PptxDeck): Promise<Uint8Array<ArrayBuffer>> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = deck.title;
	pptx.subject = deck.title;
	pptx.author = deck.author ?? deck.title;
	pptx.company = deck.author ?? deck.title;
	pptx.theme = { headFontFace: FONT[deck.locale], bodyFontFace: FONT[deck.locale] };
	const marks: Marks = new Map();
	for (const s of deck.slides) {
		const slide = pptx.addSlide();
		slide.background = { color: 'FFFFFF' };
		if (s.kind === 'cover') addCover(slide, s, deck.locale);
		else if (s.kind === 'step') addStep(pptx, slide, s, deck.locale, marks);
		else addWords(slide, s, deck.locale);
		// a field, not a typed number: PowerPoint renumbers when slides are moved or dropped
		slide.slideNumber = {
			x: SLIDE.width - MARGIN - 1.5,
			y: SLIDE.height - 0.48,
			w: 1.5,
			h: 0.36,
			fontFace: FONT[deck.locale],
			fontSize: TYPE.least,
			color: PPTX_COLOURS.soft,
			align: 'right'
		};
		if (s.notes) slide.addNotes(s.notes);
	}
	const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
	return settle(raw, new Date(`${deck.date ?? '1980-01-01'}T00:00:00Z`), marks);
}

/** Every East Asian font the file names becomes YaHei: Chinese runs in an English deck too. */
const EA_FONT = FONT.zh;

/**
 * The file made the same for the same deck, and its Chinese given its font: the document's
 * dates and every zip entry's set to `date`; charts and their workbooks renumbered from 1 in
 * order (pptxgenjs counts them across every deck the process has made); the points a chart
 * has no value for left out, as Office writes them; hatched and outlined bars drawn so; the theme's East Asian fonts YaHei.
 */
async function settle(
	bytes: Uint8Array,
	date: Date,
	marks: Marks = new Map()
): Promise<Uint8Array<ArrayBuffer>> {
	const zip = await JSZip.loadAsync(bytes);
	const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
	const order = (pattern: RegExp) =>
		[...new Set(names.map((n) => pattern.exec(n)?.[1]).filter((n): n is string => !!n))].sort(
			(a, b) => Number(a) - Number(b)
		);
	const charts = new Map(
		order(/^ppt\/charts\/chart(\d+)\.xml$/u).map((n, i) => [n, String(i + 1)])
	);
	const books = new Map(
		order(/^ppt\/embeddings\/Microsoft_Excel_Worksheet(\d+)\.xlsx$/u).map((n, i) => [
			n,
			String(i + 1)
		])
	);
	const rename = (text: string) =>
		text
			.replace(/\bchart(\d+)\.xml/gu, (_all, n: string) => `chart${charts.get(n) ?? n}.xml`)
			.replace(
				/Microsoft_Excel_Worksheet(\d+)\.xlsx/gu,
				(_all, n: string) => `Microsoft_Excel_Worksheet${books.get(n) ?? n}.xlsx`
			);
	const parts = new Set(names.map(rename));
	const iso = date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
	const out = new JSZip();
	for (const name of names) {
		const file = zip.files[name]!;
		let content: string | Uint8Array;
		if (/\.xlsx$/u.test(name)) content = await settle(await file.async('uint8array'), date);
		else if (/\.(xml|rels)$/u.test(name)) {
			content = rename(await file.async('string'))
				// pptxgenjs names a slide master per slide in the content types; there is one
				.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/gu, (all, part: string) =>
					parts.has(part) ? all : ''
				)
				.replace(
					/(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*/gu,
					(_all, open: string) => open + iso
				)
				.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/gu, '')
				// a dotted series' line: its colour, dotted
				.replace(
					/(<a:ln\b[^>]*>)\s*<a:solidFill>\s*<a:srgbClr val="(F1[0-9A-F]{4})"\/>\s*<\/a:solidFill>\s*<a:prstDash val="solid"\/>/gu,
					(all, open: string, stand: string) =>
						marks.has(stand) ? `${open}${marks.get(stand)}<a:prstDash val="sysDot"/>` : all
				)
				.replace(
					/<a:solidFill>\s*<a:srgbClr val="(F[01][0-9A-F]{4})"\/>\s*<\/a:solidFill>/gu,
					(all, stand: string) => marks.get(stand) ?? all
				)
				.replace(/<a:ea typeface="[^"]*"/gu, `<a:ea typeface="${EA_FONT}"`)
				.replace(
					/<a:font script="Hans" typeface="[^"]*"\/>/gu,
					`<a:font script="Hans" typeface="${EA_FONT}"/>`
				);
		} else content = await file.async('uint8array');
		out.file(rename(name), content, { date, createFolders: false });
	}
	// a new array of its own buffer
	return (await out.generateAsync({
		type: 'uint8array',
		compression: 'DEFLATE',
		compressionOptions: { level: 6 },
		mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
	})) as Uint8Array<ArrayBuffer>;
}
