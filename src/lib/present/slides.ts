/**
 * The presentation's slides: a cover, one slide per step of the story (a chart in one state,
 * with that step's own copy), and the sources. Each slide has a key that stays the same when
 * slides are added elsewhere, `<chapter-id>/<step-id>`, which the address carries as
 * `#/<key>`; a bare number (`#/12`, counting from 1) is accepted too.
 */

export interface StepRef {
	id: string;
}
export interface ChapterRef {
	id: string;
	steps: StepRef[];
}

export type Slide =
	| { kind: 'cover'; key: 'cover' }
	| { kind: 'step'; key: string; chapter: number; step: number }
	| { kind: 'end'; key: 'sources' };

/** Every slide, in order. */
export function slidesOf(chapters: ChapterRef[]): Slide[] {
	return [
		{ kind: 'cover', key: 'cover' },
		...chapters.flatMap((c, chapter) =>
			c.steps.map((s, step): Slide => ({ kind: 'step', key: `${c.id}/${s.id}`, chapter, step }))
		),
		{ kind: 'end', key: 'sources' }
	];
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
	{ type: 'show'; key: string } | { type: 'blank'; blank: boolean } | { type: 'hello' };

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
	return undefined;
}
