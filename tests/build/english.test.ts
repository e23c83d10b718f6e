/**
 * The English edition in the build: every Chinese page has an English twin, each page names its
 * language, its twin and its canonical address, and an English page reads in English but for
 * the Chinese it marks as Chinese, as a reader without scripts gets it. (The language switch is
 * tested in a browser: tests/e2e/english.test.ts.)
 */
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/headers';
import { BUILD, read } from './site';

const pages = builtPages(BUILD);
const english = pages.filter((p) => p.startsWith('/en/'));
const chinese = pages.filter((p) => !p.startsWith('/en/'));

/** The parts of a parsed page this test reads: elements, their attributes, their text. */
interface Node {
	nodeName: string;
	value?: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Node[];
}

/** Never read as the page's words: code, styles, and what shows only with or for scripts. */
const UNREAD = new Set(['script', 'style', 'noscript', 'template']);
/** The page's own words a reader meets outside its text: labels, titles, alternatives. */
const WORDED = ['aria-label', 'title', 'alt', 'placeholder'];

/**
 * A page's English words: its text and labels, hidden ones too (figure tips, tables: a screen
 * reader reads them), but not what is marked Chinese (`lang="zh-CN"`: excerpts, names).
 */
function englishWords(html: string): string[] {
	const words: string[] = [];
	const walk = (node: Node, chinese: boolean) => {
		if (UNREAD.has(node.nodeName)) return;
		const lang = node.attrs?.find((a) => a.name === 'lang')?.value;
		const zh = lang === undefined ? chinese : lang.startsWith('zh');
		if (node.nodeName === '#text' && !zh) words.push(node.value ?? '');
		if (!zh) for (const a of node.attrs ?? []) if (WORDED.includes(a.name)) words.push(a.value);
		for (const child of node.childNodes ?? []) walk(child, zh);
	};
	walk(parse(html) as Node, false);
	return words;
}

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

	it('reads in English on every English page, but for the Chinese it marks as Chinese', () => {
		const problems = english.flatMap((path) => {
			const text = englishWords(read(`${path.slice(1)}index.html`))
				.join(' ')
				.replace(/\s+/gu, '');
			const han = text.match(/\p{Script=Han}+/gu) ?? [];
			const found: string[] = [];
			// at most one character in two hundred, and no run of Chinese that is not marked
			if (han.join('').length / text.length >= 0.005) found.push(`${path}: ${han.join(' ')}`);
			const runs = han.filter((h) => h.length > 1);
			if (runs.length) found.push(`${path}: unmarked ${runs.join(' ')}`);
			return found;
		});
		expect(english.length).toBeGreaterThan(20);
		expect(problems).toEqual([]);
	});
});
