/**
 * The English edition in the build: every Chinese page has an English twin, and each page
 * names its language, its twin and its canonical address. (That an English page reads in
 * English, and the language switch, are tested in a browser: tests/e2e/english.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/headers';
import { BUILD, read } from './site';

const pages = builtPages(BUILD);
const english = pages.filter((p) => p.startsWith('/en/'));
const chinese = pages.filter((p) => !p.startsWith('/en/'));

describe('the English edition', () => {
	it('has an English twin of every Chinese page, and nothing else', () => {
		expect(chinese.length).toBeGreaterThan(20);
		expect(english.sort()).toEqual(chinese.map((p) => `/en${p}`).sort());
	});

	it('names on every page its language, its twin and its canonical address', () => {
		const problems = pages.flatMap((path) => {
			const html = read(`${path.slice(1)}index.html`);
			const en = path.startsWith('/en/');
			const zhPath = en ? path.slice(3) : path;
			const found: string[] = [];
			const lang = /<html lang="([^"]+)"/u.exec(html)?.[1];
			if (lang !== (en ? 'en' : 'zh-CN')) found.push(`lang="${lang}"`);
			const link = (rel: string, lang?: string) =>
				new RegExp(
					`<link rel="${rel}"${lang ? ` hreflang="${lang}"` : ''} href="https?://[^/"]+${
						lang === 'en' ? `/en${zhPath}` : lang ? zhPath : path
					}"`,
					'u'
				);
			if (!link('canonical').test(html)) found.push('no canonical link to itself');
			for (const hreflang of ['zh-CN', 'en', 'x-default'])
				if (!link('alternate', hreflang).test(html)) found.push(`no ${hreflang} alternate`);
			// the share card is the page's own, in its language
			if (!html.includes(`og:locale" content="${en ? 'en' : 'zh_CN'}"`)) found.push('og:locale');
			return found.map((p) => `${path}: ${p}`);
		});
		expect(problems).toEqual([]);
	});
});
