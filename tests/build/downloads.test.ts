/**
 * What /charts/ offers for download, as a journalist gets it, read from the build: for every
 * chart a standalone SVG that parses and carries its title, a PNG at the stated size whose
 * title was drawn, a phone PNG and a CSV of the chart's own figures; the WeChat pictures; and
 * every page's share card and meta, every embed's oEmbed answer. Each check lists every
 * offender at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/headers';
import { EXPORT_COLUMNS } from '../../src/lib/data/export';
import { renderPng } from '../../src/lib/picture/render.server';
import { cardPath } from '../../src/lib/meta/meta';
import { parseCsv } from '../csv';
import { BUILD, FILES, read, unescape } from './site';

const CHARTS = [
	...new Set(FILES.flatMap((f) => /^embed\/([^/]+)\/index\.html$/u.exec(f)?.[1] ?? []))
].sort();

/** A PNG's pixel size, from its header. */
function pngSize(file: string) {
	const png = readFileSync(join(BUILD, file));
	if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error(`${file} is not a PNG`);
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The text an SVG or HTML document holds, tags left out. */
const textOf = (markup: string) =>
	unescape(markup.replace(/<(script|style)\b[\s\S]*?<\/\1>/gu, '').replace(/<[^>]+>/gu, ''));

/** The title an embed shows in its final state. */
function embedTitle(chart: string): string {
	const html = read(`embed/${chart}/index.html`);
	const final = html.slice(html.indexOf('data-embed-state="final"'));
	return textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/u.exec(final)![1]!).trim();
}

describe('the downloads of every chart', () => {
	it('are there for each of the embeds', () => {
		expect(CHARTS.length).toBeGreaterThan(8);
	});

	it('include an SVG that parses, names its fonts and carries the title and sources', () => {
		const problems = CHARTS.flatMap((chart) => {
			const svg = read(`charts/${chart}.svg`);
			const found: string[] = [];
			try {
				new Resvg(svg, { font: { loadSystemFonts: false } });
			} catch (error) {
				found.push(`does not parse: ${(error as Error).message}`);
			}
			if (!/^<\?xml[^>]*>\s*<svg\b/u.test(svg)) found.push('is not an SVG document');
			const text = textOf(svg);
			if (!text.includes(embedTitle(chart))) found.push(`lacks its title "${embedTitle(chart)}"`);
			if (!text.includes('来源')) found.push('names no source');
			if (!/<svg\b[^>]*font-family="[^"]*Noto Sans CJK SC/u.test(svg)) found.push('names no font');
			if (/<foreignObject|<style|<script|https?:\/\/(?!www\.w3\.org|127\.0\.0\.1)/u.test(svg))
				found.push('holds markup or an address that would load');
			return found.map((p) => `${chart}.svg ${p}`);
		});
		expect(problems).toEqual([]);
	});

	it('include a PNG at twice the SVG’s size whose title is drawn', async () => {
		const problems: string[] = [];
		for (const chart of CHARTS) {
			const svg = read(`charts/${chart}.svg`);
			const width = Number(/<svg[^>]*\swidth="([\d.]+)"/u.exec(svg)?.[1]);
			const height = Number(/<svg[^>]*\sheight="([\d.]+)"/u.exec(svg)?.[1]);
			const size = pngSize(`charts/${chart}.png`);
			if (Math.abs(size.width - 2 * width) > 1 || Math.abs(size.height - 2 * height) > 1)
				problems.push(`${chart}.png is ${size.width}×${size.height}, not twice ${width}×${height}`);
			// the title's band, top left: some of its pixels are ink, not paper (the PNG decoded by
			// resvg, as the image of an SVG of its size)
			const png = readFileSync(join(BUILD, 'charts', `${chart}.png`));
			const band = Math.min(140, size.height);
			const { pixels } = await renderPng(
				`<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${band}"><image width="${size.width}" height="${size.height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`
			);
			let dark = 0;
			for (let y = 0; y < band; y++)
				for (let x = 0; x < Math.min(size.width, 900); x++) {
					const i = 4 * (y * size.width + x);
					if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 200) dark++;
				}
			if (dark <= 500) problems.push(`${chart}.png has no title drawn (${dark} dark pixels)`);
		}
		expect(problems).toEqual([]);
	});

	it('include a PNG for a phone, 1080 px wide, laid out at a phone’s width (taller for its width), in both editions', () => {
		const problems = CHARTS.flatMap((chart) => {
			const wide = pngSize(`charts/${chart}.png`);
			return [`charts/phone/${chart}.png`, `en/charts/phone/${chart}.png`].flatMap((file) => {
				const phone = pngSize(file);
				return phone.width !== 1080 || phone.height / phone.width <= wide.height / wide.width
					? [`${file} is ${phone.width}×${phone.height}`]
					: [];
			});
		});
		expect(problems).toEqual([]);
	});

	it('include a CSV of the chart’s own figures, UTF-8 with BOM, in the columns of the full export, with every figure the chart shows', () => {
		const problems = CHARTS.flatMap((chart) => {
			const bytes = readFileSync(join(BUILD, 'charts', `${chart}.csv`));
			const found: string[] = [];
			if (![...bytes.subarray(0, 3)].every((b, i) => b === [0xef, 0xbb, 0xbf][i]))
				found.push('has no byte-order mark');
			const rows = parseCsv(new TextDecoder().decode(bytes.subarray(3))).filter(
				(r) => r.length > 1
			);
			if (rows[0]?.join() !== EXPORT_COLUMNS.join()) found.push('has other columns');
			const ids = new Set(rows.slice(1).map((r) => r[0]));
			if (ids.size !== rows.length - 1) found.push('repeats a figure');
			// every figure the chart shows, in any state, is a row (a schematic, zones-schematic,
			// shows no figure: its CSV is the header alone)
			const html = read(`embed/${chart}/index.html`);
			const shown = new Set([
				...[...html.matchAll(/data-figure-id="([^"]+)"/gu)].map((m) => m[1]!),
				...[...html.matchAll(/class="table-view[\s\S]*?<\/table>/gu)].flatMap((t) =>
					[...t[0].matchAll(/href="[^"]*\/sources\/#([^"]+)"/gu)].map((m) => m[1]!)
				)
			]);
			for (const id of shown) if (!ids.has(id)) found.push(`lacks the figure ${id} it shows`);
			return found.map((p) => `${chart}.csv ${p}`);
		});
		expect(problems).toEqual([]);
	});
});

describe('the WeChat pictures', () => {
	it('are a 900×383 cover and a long 1080 px picture in each edition, linked from /charts/', () => {
		for (const edition of ['', 'en/']) {
			expect(pngSize(`${edition}share/cover.png`)).toEqual({ width: 900, height: 383 });
			const glance = pngSize(`${edition}share/glance.png`);
			expect(glance.width).toBe(1080);
			expect(glance.height).toBeGreaterThan(2 * glance.width);
			const html = read(`${edition}charts/index.html`);
			const wechat = html.slice(html.indexOf('class="wechat'));
			const links = [...wechat.matchAll(/<a\b[^>]*\shref="([^"]+)"[^>]*\sdownload\b/gu)]
				.map((m) => new URL(unescape(m[1]!), `http://site.test/${edition}charts/`).pathname)
				.slice(0, 2);
			expect(links.sort()).toEqual([`/${edition}share/cover.png`, `/${edition}share/glance.png`]);
		}
	});
});

describe('share cards', () => {
	it('give every page Open Graph and Twitter meta with its own 1200×630 card', () => {
		const pages = builtPages(BUILD);
		expect(pages.length).toBeGreaterThan(20);
		const problems = pages.flatMap((page) => {
			const html = read(`${page.slice(1)}index.html`);
			const meta = (key: string) =>
				new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'u').exec(html)?.[1];
			const found: string[] = [];
			if (!meta('og:title') || !meta('og:description')) found.push('no title or description');
			if (meta('twitter:card') !== 'summary_large_image') found.push('no large card');
			const image = meta('og:image') ? new URL(meta('og:image')!) : undefined;
			if (image?.pathname !== cardPath(page)) found.push(`its card is ${image?.pathname}`);
			else {
				if (meta('twitter:image') !== image.href) found.push('another card for Twitter');
				const size = existsSync(join(BUILD, image.pathname)) ? pngSize(image.pathname) : undefined;
				if (size?.width !== 1200 || size.height !== 630) found.push('its card is not 1200×630');
			}
			if (new URL(meta('og:url') ?? 'x:/').pathname !== page) found.push('another og:url');
			return found.map((p) => `${page}: ${p}`);
		});
		expect(problems).toEqual([]);
	});
});

describe('a chapter’s shareable link', () => {
	it('is linked from its chapter in the story', () => {
		expect(read('index.html')).toMatch(/href="\.\/chapters\/on-track\/"/u);
	});
});

describe('each embed’s oEmbed answer', () => {
	it('is linked from its embed page in both editions and served as JSON', () => {
		const problems = CHARTS.flatMap((chart) =>
			['', 'en/'].flatMap((prefix) => {
				const html = read(`${prefix}embed/${chart}/index.html`);
				const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/u.exec(
					html
				)?.[1];
				const path = href ? new URL(href).pathname : '';
				if (path !== `/${prefix}embed/${chart}/oembed.json`)
					return [`/${prefix}embed/${chart}/: links to "${href}"`];
				const answer = JSON.parse(read(path.slice(1))) as Record<string, unknown>;
				return answer.version === '1.0' && answer.type === 'rich' ? [] : [`${path}: not rich 1.0`];
			})
		);
		expect(problems).toEqual([]);
	});
});
