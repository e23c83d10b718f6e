/** The presentation's slides and keys: where an address lands, and what each key does. */
import { describe, expect, it } from 'vitest';
import { KeyReader, type KeyPress } from '../../src/lib/present/keys';
import { readCover } from '../../src/lib/present/cover';
import {
	SHORT_EDITION,
	choiceQuery,
	deckMinutes,
	hashOf,
	readChoice,
	slideAt,
	slidesOf,
	type DeckChoice
} from '../../src/lib/present/slides';
import {
	CHAPTER_ORDER,
	chapterCopy,
	chapters as storyChapters,
	storyLocales
} from '../../src/lib/story/story';
import { copy as deckZh } from '../../src/lib/present/copy/zh';
import { copy as deckEn } from '../../src/lib/present/copy/en';

const chapters = [
	{ id: 'where', steps: [{ id: 'map' }, { id: 'zoom' }] },
	{ id: 'industry', steps: [{ id: 'before' }, { id: 'pivot' }, { id: 'both' }] }
];
const slides = slidesOf(chapters);

describe('the slides', () => {
	it('are a cover, one slide per step in reading order, a close and the appendix', () => {
		expect(slides.map((s) => s.key)).toEqual([
			'cover',
			'where/map',
			'where/zoom',
			'industry/before',
			'industry/pivot',
			'industry/both',
			'close',
			'caveats'
		]);
	});

	it('are found by the address they put there', () => {
		for (const [i, s] of slides.entries()) expect(slideAt(hashOf(s), slides)).toBe(i);
	});

	it('accept a bare number from 1, clamped, a chapter alone, and no hash at all', () => {
		expect(slideAt('#/4', slides)).toBe(3);
		expect(slideAt('#4', slides)).toBe(3);
		expect(slideAt('#/99', slides)).toBe(slides.length - 1);
		expect(slideAt('#/0', slides)).toBe(0);
		expect(slideAt('#/industry', slides)).toBe(3);
		expect(slideAt('#/industry/', slides)).toBe(3);
		expect(slideAt('', slides)).toBe(0);
		expect(slideAt('#/', slides)).toBe(0);
	});

	it('name no slide for an address they do not know', () => {
		expect(slideAt('#/nowhere/step', slides)).toBeUndefined();
		expect(slideAt('#/industry/gone', slides)).toBeUndefined();
	});

	it('keep a step’s address when slides are added before it', () => {
		const more = slidesOf([{ id: 'new', steps: [{ id: 'one' }] }, ...chapters]);
		expect(more[slideAt('#/industry/pivot', more)!]!.key).toBe('industry/pivot');
	});
});

describe('a deck of one’s own', () => {
	it('keeps the chapters and single steps a choice names, in story order, with cover and close', () => {
		const own = slidesOf(chapters, { kind: 'own', keys: ['industry/both', 'where'] });
		expect(own.map((s) => s.key)).toEqual([
			'cover',
			'where/map',
			'where/zoom',
			'industry/both',
			'close',
			'caveats'
		]);
	});

	it('is read from the address, and written back to it the same', () => {
		const choice = readChoice('?slides=where,industry/pivot', chapters);
		expect(choice).toEqual({ kind: 'own', keys: ['where', 'industry/pivot'] });
		expect(readChoice(choiceQuery(choice), chapters)).toEqual(choice);
		expect(readChoice('?slides=short', chapters)).toEqual({ kind: 'short' });
		expect(choiceQuery({ kind: 'all' })).toBe('');
	});

	it('is every step when the address names none it knows, or nothing', () => {
		for (const search of ['', '?slides=', '?slides=nowhere,where/gone', '?other=1', '?slides=%'])
			expect(readChoice(search, chapters)).toEqual({ kind: 'all' });
	});

	it('never writes into the address what a slide key could not hold', () => {
		expect(choiceQuery({ kind: 'own', keys: ['where', '"><script>'] })).toBe(
			'?slides=where,script'
		);
	});
});

describe('the short edition', () => {
	const story = storyChapters();
	it('names only steps the story has, about ten of them, in story order', () => {
		const keys = story.flatMap((c) => c.steps.map((s) => `${c.id}/${s.id}`));
		expect(SHORT_EDITION.filter((k) => !keys.includes(k))).toEqual([]);
		expect(SHORT_EDITION.length).toBeGreaterThanOrEqual(8);
		expect(SHORT_EDITION.length).toBeLessThanOrEqual(12);
		expect([...SHORT_EDITION].sort((a, b) => keys.indexOf(a) - keys.indexOf(b))).toEqual([
			...SHORT_EDITION
		]);
	});

	it('is a ten-minute talk; a deck of one’s own is timed by its step slides', () => {
		const short = slidesOf(story, { kind: 'short' });
		expect(short.length).toBe(SHORT_EDITION.length + 3);
		expect(deckMinutes({ kind: 'short' }, short)).toBe(10);
		const own = slidesOf(story, { kind: 'own', keys: [CHAPTER_ORDER[0]] });
		expect(deckMinutes({ kind: 'own', keys: [CHAPTER_ORDER[0]] }, own)).toBe(
			Math.ceil((own.length - 3) * (40 / 60)) + 1
		);
	});
});

describe('the chapters of a deck', () => {
	it('count 1, 2, 3 in the deck shown: a short deck skips no number; the whole deck keeps the story’s', () => {
		const parts = (choice: DeckChoice) =>
			slidesOf(storyChapters(), choice).flatMap((s) =>
				s.kind === 'step' ? [[s.chapter, s.part] as const] : []
			);
		const short = parts({ kind: 'short' });
		const numbers = [...new Set(short.map(([, part]) => part))];
		expect(numbers).toEqual(numbers.map((_, i) => i + 1));
		// the story's chapters it skips (such as 蓝图's overview) leave no gap
		expect(new Set(short.map(([chapter]) => chapter)).size).toBe(numbers.length);
		for (const [chapter, part] of parts({ kind: 'all' })) expect(part).toBe(chapter + 1);
		expect(parts({ kind: 'own', keys: ['on-track', 'vision'] }).map(([, p]) => p)).toContain(2);
	});
});

describe('the cover the speaker sets', () => {
	it('keeps strings only, on one line, at most forty characters', () => {
		expect(readCover({ occasion: ' 区人大\n会议 ', speaker: 42, date: 'x'.repeat(60) })).toEqual({
			occasion: '区人大 会议',
			speaker: '',
			date: 'x'.repeat(40)
		});
		for (const bad of [null, 'text', 3])
			expect(readCover(bad)).toEqual({ occasion: '', speaker: '', date: '' });
	});
});

const press = (reader: KeyReader, key: string, extra: Partial<KeyPress> = {}) =>
	reader.read({ key, ...extra });

describe('the keys', () => {
	it.each([
		['ArrowRight', 'next'],
		['ArrowDown', 'next'],
		[' ', 'next'],
		['PageDown', 'next'],
		['n', 'next'],
		['N', 'next'],
		['ArrowLeft', 'previous'],
		['ArrowUp', 'previous'],
		['PageUp', 'previous'],
		['p', 'previous'],
		['Home', 'first'],
		['End', 'last'],
		['f', 'fullscreen'],
		['F5', 'start'],
		['o', 'overview'],
		['b', 'blank'],
		['.', 'blank'],
		['s', 'presenter'],
		['Escape', 'escape']
	])('%j asks for %s', (key, type) => {
		expect(press(new KeyReader(), key)?.type).toBe(type);
	});

	it('leave a text field’s keys and the browser’s shortcuts alone', () => {
		const reader = new KeyReader();
		expect(press(reader, 'ArrowRight', { inField: true })).toBeNull();
		expect(press(reader, 'f', { ctrlKey: true })).toBeNull();
		expect(press(reader, 'p', { metaKey: true })).toBeNull();
		expect(press(reader, 'ArrowLeft', { altKey: true })).toBeNull();
		expect(press(reader, 'x')).toBeNull();
	});

	it('jump with G, a number and Enter, counting from 1', () => {
		const reader = new KeyReader();
		expect(press(reader, 'g')).toEqual({ type: 'jump', digits: '' });
		expect(press(reader, '1')).toEqual({ type: 'jump', digits: '1' });
		expect(press(reader, '2')).toEqual({ type: 'jump', digits: '12' });
		expect(press(reader, 'Enter')).toEqual({ type: 'go', slide: 11 });
		// the jump is over: a digit is nothing now, and N is next again
		expect(press(reader, '3')).toBeNull();
		expect(press(reader, 'n')).toEqual({ type: 'next' });
	});

	it('let a G-jump be corrected, cancelled, or abandoned for another key', () => {
		const reader = new KeyReader();
		press(reader, 'g');
		press(reader, '4');
		expect(press(reader, 'Backspace')).toEqual({ type: 'jump', digits: '' });
		expect(press(reader, 'Escape')).toEqual({ type: 'jump', digits: null });
		expect(reader.typing).toBe(false);
		press(reader, 'g');
		expect(press(reader, 'Enter')).toEqual({ type: 'jump', digits: null });
		press(reader, 'g');
		press(reader, '7');
		expect(press(reader, 'ArrowRight')).toEqual({ type: 'next' });
		expect(reader.typing).toBe(false);
	});
});

describe('the presenter’s notes', () => {
	/** What only a web page can say: where to tap or which page to open. A hall cannot do either. */
	const WEB =
		/点开|点一下|数据台|“数据”页|“来源”页|⚠|下方|\bData page\b|\bSources page\b|\btap\b|\bclick\b|\b(below|under) (the|each) (map|chart)\b/iu;

	it.each(storyLocales())(
		'read aloud in %s: no step and no chapter note sends the hall to a page or a tap',
		(locale) => {
			const pointers: string[] = [];
			for (const chapter of storyChapters()) {
				const words = chapterCopy(chapter, locale);
				// a step's text is its slide's notes; a chapter's notes, the appendix's
				for (const paragraph of [...Object.values(words.steps).flat(), ...(words.notes ?? [])])
					if (WEB.test(paragraph)) pointers.push(`${chapter.id}: ${paragraph}`);
			}
			const deck = locale === 'zh' ? deckZh : deckEn;
			for (const line of [deck.close.title, ...(deck.close.lines ?? []), ...deck.caveats.lines])
				if (WEB.test(line)) pointers.push(`deck: ${line}`);
			expect(pointers).toEqual([]);
		}
	);
});
