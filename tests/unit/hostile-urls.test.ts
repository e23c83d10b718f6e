/**
 * What each reader of the address makes of a hostile value: the data desk's filters and sort,
 * the deck's choice of slides and its slide address. Each either names something the page
 * offers or nothing; none throws. The browser test (tests/e2e/hostile-urls.test.ts) proves
 * the pages use these readers and render.
 */
import { describe, expect, it } from 'vitest';
import { isChoice, searchQuery } from '../../src/lib/desk/filter';
import { readChoice, slideAt, slidesOf } from '../../src/lib/present/slides';
import { chapters } from '../../src/lib/story/story';
import { HOSTILE } from '../hostile';

const enc = encodeURIComponent;

describe('a hostile address', () => {
	const story = chapters();
	const slides = slidesOf(story);
	const keys = new Set(story.flatMap((c) => [c.id, ...c.steps.map((s) => `${c.id}/${s.id}`)]));

	it.each(HOSTILE.map((v) => [v.slice(0, 40), v] as const))(
		'%s: the desk reads it as text to search for, never as a sort it does not offer',
		(_, value) => {
			// given whole, it is the text searched for, as it was given: shown as text, never as markup
			const { query, sort } = searchQuery(
				`?q=${enc(value)}&category=${enc(value)}&sort=${enc(value)}`
			);
			expect(query.text).toBe(value);
			expect(query.category).toBe(value);
			// a sort is taken only when it is one the desk offers
			expect(isChoice({ 'year-desc': 1, metric: 1 }, sort)).toBe(false);
			// given raw (as a link may carry it), it is read without throwing
			expect(() => searchQuery(`?q=${value}&sort=${value}`)).not.toThrow();
		}
	);

	it.each(HOSTILE.map((v) => [v.slice(0, 40), v] as const))(
		'%s: the deck opens every slide or only slides it has, at a slide it has or none',
		(_, value) => {
			for (const search of [
				`?slides=${enc(value)}`,
				`?slides=${value}`,
				`?slides=where,${value}`
			]) {
				const choice = readChoice(search, story);
				if (choice.kind === 'own') expect(choice.keys.every((k) => keys.has(k))).toBe(true);
				expect(slidesOf(story, choice).length).toBeGreaterThan(3);
			}
			for (const hash of [`#/${value}`, `#${enc(value)}`, `#/${enc(value)}`]) {
				const at = slideAt(hash, slides);
				if (at !== undefined) expect(slides[at]).toBeDefined();
			}
		}
	);

	it('names nothing on Object.prototype', () => {
		for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
			expect(isChoice({ metric: 1 }, name)).toBe(false);
		expect(slideAt('#/constructor', slides)).toBeUndefined();
		expect(readChoice('?slides=__proto__,constructor', story)).toEqual({ kind: 'all' });
	});
});
