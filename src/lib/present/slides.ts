/**
 * The presentation's slides: a cover, one slide per step of the story (a chart in one state,
 * with that step's slide words), a close and an appendix on how to read the figures. Each slide has a key that stays the same when
 * slides are added elsewhere, `<chapter-id>/<step-id>`, which the address carries as
 * `#/<key>`; a bare number (`#/12`, counting from 1) is accepted too.
 */

import { localePath, type Locale } from '$lib/i18n/locale';
import { readCover, type CoverSettings } from './cover';

export interface StepRef {
	id: string;
}
export interface ChapterRef {
	id: string;
	steps: StepRef[];
}

export type Slide =
	| { kind: 'cover'; key: 'cover' }
	| {
			kind: 'step';
			key: string;
			/** The chapter's and the step's place in the story, from 0. */
			chapter: number;
			step: number;
			/** The chapter's number in this deck, from 1: a short deck's chapters count 1, 2, 3, with no gaps. */
			part: number;
	  }
	/** The closing slide: the point once more, where to read on, the sources. */
	| { kind: 'close'; key: 'close' }
	/** The appendix after the close: how to read the figures (口径说明), for questions. */
	| { kind: 'caveats'; key: 'caveats' };

/**
 * Which slides a deck has: every step (`all`), the editors' short edition, or a speaker's own
 * choice of chapters (`<chapter-id>`) and single steps (`<chapter-id>/<step-id>`). The cover,
 * the close and the appendix come with every deck.
 */
export type DeckChoice = { kind: 'all' } | { kind: 'short' } | { kind: 'own'; keys: string[] };

/** The editors' 10-minute edition: the step slides it keeps, in story order (twelve: their notes take about six minutes read aloud, the rest of the ten is for the charts). */
export const SHORT_EDITION = [
	'where/changqing',
	'baseline/structure',
	'targets/strength',
	'industry/both',
	'projects/investment',
	'zones/zones',
	'livelihood/rural',
	'ecology-health/prevention',
	'countryside/grain',
	'on-track/revenue',
	'on-track/income',
	'vision/vision'
] as const;

/** Every slide of a deck, in order. Keys a choice names that no step has are left out. */
export function slidesOf(chapters: ChapterRef[], choice: DeckChoice = { kind: 'all' }): Slide[] {
	const keep =
		choice.kind === 'all'
			? () => true
			: (key: string) => {
					const keys: readonly string[] = choice.kind === 'short' ? SHORT_EDITION : choice.keys;
					return keys.includes(key) || keys.includes(key.split('/')[0]!);
				};
	let part = 0;
	return [
		{ kind: 'cover', key: 'cover' },
		...chapters.flatMap((c, chapter) => {
			const kept = c.steps
				.map((s, step) => ({ key: `${c.id}/${s.id}`, step }))
				.filter((s) => keep(s.key));
			if (kept.length) part += 1;
			return kept.map((s): Slide => ({ kind: 'step', ...s, chapter, part }));
		}),
		{ kind: 'close', key: 'close' },
		{ kind: 'caveats', key: 'caveats' }
	];
}

/** The query parameter that names a deck: `?slides=short`, `?slides=where,on-track/revenue`. */
export const CHOICE_PARAM = 'slides';

/**
 * The deck an address's query names: `short`, a comma-separated list of chapter ids and
 * `<chapter>/<step>` keys, or nothing (every step). Anything unreadable is every step; a
 * list that names no slide is every step too, so an address never opens an empty deck.
 */
export function readChoice(search: string, chapters: ChapterRef[]): DeckChoice {
	let value: string | null;
	try {
		value = new URLSearchParams(search).get(CHOICE_PARAM);
	} catch {
		return { kind: 'all' };
	}
	if (!value) return { kind: 'all' };
	if (value === 'short') return { kind: 'short' };
	const known = new Set(chapters.flatMap((c) => [c.id, ...c.steps.map((s) => `${c.id}/${s.id}`)]));
	const keys = [...new Set(value.split(',').map((k) => k.trim().replace(/\/+$/u, '')))].filter(
		(k) => known.has(k)
	);
	return keys.length ? { kind: 'own', keys } : { kind: 'all' };
}

/**
 * How long a deck's talk is, in minutes: the short edition's ten, or about forty seconds a
 * step slide and a minute for the cover and close. The presenter's view counts down from it.
 */
export function deckMinutes(choice: DeckChoice, slides: Slide[]): number {
	if (choice.kind === 'short') return 10;
	const steps = slides.filter((s) => s.kind === 'step').length;
	return Math.ceil((steps * 40) / 60) + 1;
}

/** The query for a choice, '' for every step (`?slides=…` otherwise). */
export function choiceQuery(choice: DeckChoice): string {
	if (choice.kind === 'all') return '';
	const value = choice.kind === 'short' ? 'short' : choice.keys.join(',');
	return `?${CHOICE_PARAM}=${value.replace(/[^a-z0-9,/-]/gu, '')}`;
}

/** The address of a slide. */
export const hashOf = (slide: Slide) => `#/${slide.key}`;

/**
 * The slide an address names, or undefined: `#/<chapter>/<step>`, `#/<chapter>` (its first
 * step), `#/<n>` from 1, or none at all (the cover). Out of range numbers are clamped.
 */
export function slideAt(hash: string, slides: Slide[]): number | undefined {
	let key: string;
	try {
		key = decodeURIComponent(hash.replace(/^#\/?/u, '')).replace(/\/+$/u, '');
	} catch {
		// a malformed escape (`#/%`) names no slide
		return undefined;
	}
	if (key === '') return 0;
	if (/^\d+$/u.test(key)) return Math.min(Math.max(Number(key), 1), slides.length) - 1;
	const exact = slides.findIndex((s) => s.key === key);
	if (exact >= 0) return exact;
	const first = slides.findIndex((s) => s.key.startsWith(`${key}/`));
	return first >= 0 ? first : undefined;
}

/** What the deck's two windows tell each other over their BroadcastChannel. */
export type DeckMessage =
	| { type: 'show'; key: string }
	| { type: 'blank'; blank: boolean }
	| { type: 'hello' }
	| { type: 'cover'; cover: CoverSettings }
	/** The other window chose another deck: its query (`?slides=…`, '' for every step). */
	| { type: 'choice'; query: string }
	/** A tall chart's page on the slide `key`, from 0. */
	| { type: 'page'; key: string; page: number }
	/** When the talk started (ms since the epoch), or null: a window opened later keeps the time. */
	| { type: 'timer'; started: number | null };

/**
 * A message from the other window, if it is one: anything else on the channel (null, a
 * string, a message of the wrong shape from another version of the page) is no message.
 */
export function readMessage(data: unknown): DeckMessage | undefined {
	if (!data || typeof data !== 'object') return undefined;
	const m = data as Record<string, unknown>;
	if (m.type === 'show' && typeof m.key === 'string') return { type: 'show', key: m.key };
	if (m.type === 'blank' && typeof m.blank === 'boolean') return { type: 'blank', blank: m.blank };
	if (m.type === 'hello') return { type: 'hello' };
	if (m.type === 'cover') return { type: 'cover', cover: readCover(m.cover) };
	if (m.type === 'choice' && typeof m.query === 'string') return { type: 'choice', query: m.query };
	if (
		m.type === 'page' &&
		typeof m.key === 'string' &&
		Number.isInteger(m.page) &&
		(m.page as number) >= 0
	)
		return { type: 'page', key: m.key, page: m.page as number };
	if (
		m.type === 'timer' &&
		(m.started === null || (typeof m.started === 'number' && Number.isFinite(m.started)))
	)
		return { type: 'timer', started: m.started as number | null };
	return undefined;
}

/**
 * The story's address a hall can type, in the deck's edition: none for a loopback one, which
 * only the build machine answers (`PUBLIC_ORIGIN` unset).
 */
export const publicAddress = (origin: string | undefined, locale: Locale) =>
	origin && !/^https?:\/\/(localhost|127\.|\[::1\])/u.test(origin)
		? `${origin}${localePath(locale, '/')}`
		: undefined;
