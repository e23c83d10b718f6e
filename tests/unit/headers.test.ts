/** The _headers rules the local server applies, as a static host would. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor as served, parseHeaders } from '../../scripts/serve.js';

const rules = parseHeaders(readFileSync('static/_headers', 'utf8'));
const headersFor = (path: string) => served(rules, path);

describe('static/_headers', () => {
	it('sends nosniff and a referrer policy with every file', () => {
		for (const path of ['/', '/data/', '/_app/immutable/x.js', '/embed/gdp/']) {
			expect(headersFor(path)['X-Content-Type-Options'], path).toBe('nosniff');
			expect(headersFor(path)['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
		}
	});

	it('forbids framing every page but the embeds, which anyone may frame', () => {
		for (const path of ['/', '/data/', '/sources/', '/about/', '/charts/', '/a-page-to-come/']) {
			expect(headersFor(path)['Content-Security-Policy'], path).toBe("frame-ancestors 'none'");
		}
		expect(headersFor('/embed/locator-map/')['Content-Security-Policy']).toBe('frame-ancestors *');
		expect(headersFor('/embed/locator-map/')['X-Frame-Options']).toBeUndefined();
		expect(headersFor('/en/embed/locator-map/')['Content-Security-Policy']).toBe(
			'frame-ancestors *'
		);
		expect(headersFor('/en/embed/locator-map/')['X-Frame-Options']).toBeUndefined();
		expect(headersFor('/en/data/')['X-Frame-Options']).toBe('DENY');
	});

	it('takes off, with `! Name`, a header an earlier rule set', () => {
		const rules = parseHeaders('/*\n  X-A: 1\n  X-B: 2\n/x/*\n  ! x-a\n  X-C: 3\n');
		expect(served(rules, '/x/y')).toEqual({ 'X-B': '2', 'X-C': '3' });
		expect(served(rules, '/y')).toEqual({ 'X-A': '1', 'X-B': '2' });
	});

	it('matches a pattern as a whole path, with * for the rest', () => {
		const [rule] = parseHeaders('/data/*\n  X-Test: 1\n');
		expect(rule!.pattern.test('/data/indicators.csv')).toBe(true);
		expect(rule!.pattern.test('/database/')).toBe(false);
	});
});
