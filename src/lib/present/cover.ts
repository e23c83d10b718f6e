/**
 * What the speaker sets for the cover in the presenter's view: the occasion, their name and
 * the date. Kept on that machine (localStorage), shown as text only, never read from the
 * address: a link cannot put words on an official's cover.
 */
export interface CoverSettings {
	occasion: string;
	speaker: string;
	date: string;
}

export const EMPTY_COVER: CoverSettings = { occasion: '', speaker: '', date: '' };

/** The most a field keeps: a line on the cover. */
export const COVER_FIELD_MAX = 40;

const KEY = 'changqing-deck-cover';

/** Settings from anything stored or sent: strings only, trimmed to a line; anything else is empty. */
export function readCover(data: unknown): CoverSettings {
	if (!data || typeof data !== 'object') return { ...EMPTY_COVER };
	const m = data as Record<string, unknown>;
	const field = (v: unknown) =>
		typeof v === 'string' ? v.replace(/\s+/gu, ' ').trim().slice(0, COVER_FIELD_MAX) : '';
	return { occasion: field(m.occasion), speaker: field(m.speaker), date: field(m.date) };
}

/** The settings kept on this machine, in the browser. */
export function loadCover(): CoverSettings {
	try {
		return readCover(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
	} catch {
		return { ...EMPTY_COVER };
	}
}

export function saveCover(cover: CoverSettings) {
	try {
		localStorage.setItem(KEY, JSON.stringify(readCover(cover)));
	} catch {
		// private browsing without storage: the cover keeps them until the page closes
	}
}
