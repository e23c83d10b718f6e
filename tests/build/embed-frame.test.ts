/**
 * static/embed-frame.js brings an embed page to life without the framework, so it reads the
 * page by names Svelte's components write: `[data-embed]`, `[data-embed-state]`, `.stepper`
 * and its buttons' `data-go`, the table button's `aria-controls`, `data-show-table` and
 * `data-show-chart`, and each drawing's `.plot`. Renaming one in a component would leave every
 * embed dead with no error anywhere; this holds both sides to the contract, in every embed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, read } from './site';

const script = readFileSync(resolve(import.meta.dirname, '../../static/embed-frame.js'), 'utf8');

/** What the script looks for, and how a page shows it has one. */
const CONTRACT: [string, RegExp][] = [
	['[data-embed]', /<main\b[^>]*\sdata-embed="[^"]+"/u],
	['[data-embed-state]', /\sdata-embed-state="final"/u],
	['.stepper', /class="stepper\b/u],
	['dataset.go', /<button\b[^>]*\sdata-go="\d+"/u],
	['aria-controls', /<button\b[^>]*\saria-controls="[^"]+-table"/u],
	['dataset.showChart', /\sdata-show-chart="[^"]+"/u],
	['dataset.showTable', /\sdata-show-table="[^"]+"/u],
	['.plot', /class="plot\b/u]
];

describe('the embed pages and the script that runs in them', () => {
	const embeds = FILES.filter((f) => /^(en\/)?embed\/[^/]+\/index\.html$/u.test(f));

	it('agree: every name the script reads, every embed page writes', () => {
		expect(embeds.length).toBeGreaterThan(8);
		const missing: string[] = [];
		for (const [name, written] of CONTRACT) {
			if (!script.includes(name)) missing.push(`embed-frame.js no longer reads ${name}`);
			for (const page of embeds) {
				const html = read(page);
				// a chart of one state has no stepper to step
				const stepping = (html.match(/data-embed-state=/gu) ?? []).length > 1;
				if (!stepping && (name === '.stepper' || name === 'dataset.go')) continue;
				if (!written.test(html)) missing.push(`${page} writes no ${name}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('load that script, and only it', () => {
		const wrong = embeds.filter((page) => {
			const scripts = [...read(page).matchAll(/<script\b[^>]*\ssrc="([^"]+)"/gu)].map((m) => m[1]);
			return scripts.length !== 1 || !scripts[0]!.endsWith('embed-frame.js');
		});
		expect(wrong).toEqual([]);
	});
});

describe('an embed’s words', () => {
	const embeds = FILES.filter((f) => /^(en\/)?embed\/[^/]+\/index\.html$/u.test(f));
	const text = (file: string) => read(file).replace(/<[^>]+>/gu, '');

	it('never speak of “this passage”: an embed stands beside no story, and says only how many rows it shows', () => {
		const speaking = embeds.filter((f) => /本段|this passage/iu.test(text(f)));
		expect(speaking).toEqual([]);
		// the line is there, in the embed's own words: the check above is not of an empty page
		expect(embeds.filter((f) => /这里只列\d+项|\d+ of \d+ rows shown/u.test(text(f)))).toEqual(
			expect.arrayContaining(['embed/plan-targets/index.html', 'en/embed/plan-targets/index.html'])
		);
	});
});
