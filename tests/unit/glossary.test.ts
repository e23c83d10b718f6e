/**
 * One term, one rendering: data/glossary.yaml decides how each Chinese term reads in English,
 * and no English text the site shows may use a rendering the glossary marks wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');

type Scope = 'text' | 'record' | 'excerpt' | 'unit';

export interface Term {
	zh: string;
	en: string;
	note: string;
	wrong: string[];
	scope?: Scope;
	/** For scope excerpt: Chinese words that, in the same excerpt, do mean a wrong rendering. */
	unless?: string[];
}

/** A piece of English text and where it is: a file, and for data the Chinese beside it. */
export interface EnglishText {
	file: string;
	text: string;
	/** The Chinese of the data record it belongs to (its excerpt, metric, name). */
	zh?: string;
	/** The record's verbatim Chinese excerpt, when the text is its `excerpt_en` gloss. */
	excerpt?: string;
	/** The unit id, when the text is a unit's English name in data/units.yaml. */
	unit?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A case-insensitive whole-word phrase; a hyphen joins words, so "above-scale-firms" is an id. */
function phrase(words: string, after = ''): RegExp {
	const body = escape(words).replace(/\\?\s+/g, '\\s+');
	const end = /\w$/.test(words) ? '(?![\\p{L}\\p{N}-])' : '';
	return new RegExp(`(?<![\\p{L}\\p{N}-])${body}${end}${after}`, 'giu');
}

/** A number after the phrase: "more than 90%", "over 10,000", "over CNY 5 billion". */
const NEXT_TO_NUMBER = '(?=\\s+(?:CNY\\s*|USD\\s*|RMB\\s*)?\\d)';

/** The phrase in its context, for the failure message. */
function inContext(text: string, index: number, length: number): string {
	const start = Math.max(0, index - 30);
	const end = Math.min(text.length, index + length + 30);
	return (
		(start > 0 ? '…' : '') +
		text.slice(start, end).replace(/\s+/g, ' ') +
		(end < text.length ? '…' : '')
	);
}

/** Every place in `texts` that renders `term` with one of its wrong renderings. */
export function offenders(term: Term, texts: EnglishText[]): string[] {
	const scope = term.scope ?? 'text';
	const found: string[] = [];
	for (const t of texts) {
		if (scope === 'unit') {
			if (t.unit !== term.zh) continue;
			if (term.wrong.some((w) => w.toLowerCase() === t.text.trim().toLowerCase()))
				found.push(`${t.file}: ${term.zh} = ${t.text}`);
			continue;
		}
		if (scope === 'record' && !t.zh?.includes(term.zh)) continue;
		if (scope === 'excerpt' && !t.excerpt?.includes(term.zh)) continue;
		if (scope === 'excerpt' && term.unless?.some((w) => t.excerpt!.includes(w))) continue;
		if (t.unit !== undefined) continue;
		for (const w of term.wrong) {
			for (const m of t.text.matchAll(phrase(w, scope === 'excerpt' ? NEXT_TO_NUMBER : ''))) {
				found.push(`${t.file}: ${inContext(t.text, m.index, m[0].length)}`);
			}
		}
	}
	return found;
}

/** The failure message: how many places, what they say, and where. */
export function report(term: Term, found: string[]): string {
	const said = term.wrong.map((w) => `'${w}'`).join(' or ');
	return `${found.length} place${found.length === 1 ? ' says' : 's say'} ${said} for ${term.zh} (write '${term.en}'):\n  ${found.join('\n  ')}`;
}

function files(dir: string, keep: (name: string) => boolean): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name), keep) : keep(e.name) ? [join(dir, e.name)] : []
	);
}

/** A TypeScript file's words: its text without comments and without {fig:…} placeholders. */
function tsText(path: string): EnglishText {
	const text = readFileSync(path, 'utf8')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/(^|\s)\/\/.*$/gm, '$1')
		.replace(/\{(?:fig|num|ref|note)[^}]*\}/g, '{…}');
	return { file: relative(root, path), text };
}

const isEnglishKey = (key: string) => key === 'en' || key.endsWith('_en');
const CHINESE_KEYS = ['excerpt', 'metric_zh', 'name_zh', 'zh', 'plan_excerpt'];

/** Every English field of a YAML document, each with the Chinese of the record it is in. */
function yamlTexts(file: string, node: unknown, units = false): EnglishText[] {
	if (Array.isArray(node)) return node.flatMap((n) => yamlTexts(file, n, units));
	if (node === null || typeof node !== 'object') return [];
	const record = node as Record<string, unknown>;
	const zh = CHINESE_KEYS.map((k) => record[k])
		.filter((v): v is string => typeof v === 'string')
		.join(' ');
	const excerpt = typeof record.excerpt === 'string' ? record.excerpt : undefined;
	return Object.entries(record).flatMap(([key, value]): EnglishText[] => {
		if (typeof value === 'string' && isEnglishKey(key)) {
			const unit = units && key === 'en' && typeof record.id === 'string' ? record.id : undefined;
			return [
				{
					file,
					text: value,
					zh,
					excerpt: key === 'excerpt_en' ? excerpt : undefined,
					unit
				}
			];
		}
		return yamlTexts(file, value, units);
	});
}

/** All English text the site shows: messages, chart words, story copy and the data's English. */
function siteEnglish(): EnglishText[] {
	const ts = [
		...files(join(root, 'src/lib/i18n/en'), (n) => n.endsWith('.ts')),
		...files(join(root, 'src/lib/charts'), (n) => n === 'en.ts'),
		...files(join(root, 'src/lib/story/copy/en'), (n) => n.endsWith('.ts'))
	].map(tsText);
	const data = files(join(root, 'data'), (n) => n.endsWith('.yaml'))
		.filter((path) => !path.endsWith('glossary.yaml'))
		.flatMap((path) => {
			const file = relative(root, path);
			return yamlTexts(file, parse(readFileSync(path, 'utf8')), file === 'data/units.yaml');
		});
	return [...ts, ...data];
}

const glossary = parse(readFileSync(join(root, 'data/glossary.yaml'), 'utf8')) as Term[];
const english = siteEnglish();

describe('the glossary', () => {
	it('gives every term one rendering, a note and a list of wrong renderings', () => {
		for (const term of glossary) {
			expect(Object.keys(term).sort(), term.zh).toEqual(
				[
					'en',
					'note',
					'wrong',
					'zh',
					...(term.scope ? ['scope'] : []),
					...(term.unless ? ['unless'] : [])
				].sort()
			);
			expect(term.zh, JSON.stringify(term)).toMatch(/\p{Script=Han}/u);
			expect(term.en.trim().length, term.zh).toBeGreaterThan(0);
			expect(Array.isArray(term.wrong), term.zh).toBe(true);
			expect(['text', 'record', 'excerpt', 'unit']).toContain(term.scope ?? 'text');
		}
	});

	it('names each term once', () => {
		const names = glossary.map((t) => t.zh);
		expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
	});

	it('finds the English it checks: messages, charts, copy and data', () => {
		const files = new Set(english.map((t) => t.file.split('/').slice(0, 3).join('/')));
		for (const dir of ['src/lib/i18n', 'src/lib/charts', 'src/lib/story', 'data/places.yaml'])
			expect(
				[...files].some((f) => f.startsWith(dir)),
				dir
			).toBe(true);
		expect(english.filter((t) => t.excerpt).length).toBeGreaterThan(100);
	});
});

describe('the checker', () => {
	it('reports a wrong rendering in a sample, with its file and context', () => {
		const term: Term = { zh: '街道', en: 'subdistrict', note: '', wrong: ['Wenchang street'] };
		const found = offenders(term, [
			{ file: 'sample.yaml', text: 'The plan makes Wenchang Street the centre.' },
			{ file: 'ok.yaml', text: 'Wenchang subdistrict and Zhongchuan Street.' }
		]);
		expect(found).toEqual(['sample.yaml: The plan makes Wenchang Street the centre.']);
		expect(report(term, found)).toContain("1 place says 'Wenchang street' for 街道");
	});

	it('reports "more than" beside a number only in the gloss of an excerpt that says 以上', () => {
		const term: Term = {
			zh: '以上',
			en: 'or more',
			note: '',
			wrong: ['more than'],
			scope: 'excerpt'
		};
		const found = offenders(term, [
			{ file: 'a.yaml', text: 'to reach more than 90%', excerpt: '达到90%以上' },
			{ file: 'b.yaml', text: 'to reach more than 90%', excerpt: '超过90%' },
			{ file: 'c.yaml', text: 'more than that, 90% or more', excerpt: '90%以上' }
		]);
		expect(found).toEqual(['a.yaml: to reach more than 90%']);
	});

	it('reads a word joined by hyphens as part of an id, not the phrase', () => {
		const term: Term = {
			zh: '规模以上',
			en: 'above designated size',
			note: '',
			wrong: ['above-scale']
		};
		expect(offenders(term, [{ file: 'x.ts', text: "'above-scale-firms-2020'" }])).toEqual([]);
		expect(offenders(term, [{ file: 'x.ts', text: 'above-scale firms' }])).toHaveLength(1);
	});
});

describe('English text', () => {
	it.each(glossary.map((t) => [t.zh, t.en, t] as const))(
		'renders %s as "%s" and never as a rendering the glossary marks wrong',
		(_zh, _en, term) => {
			const found = offenders(term, english);
			expect(found, report(term, found)).toEqual([]);
		}
	);
});
