import type { SlideCopy } from '$lib/story/types';

/** The deck's own words in one locale: its closing slide and its appendix. Tokens as in story copy. */
export interface DeckCopy {
	/** The closing slide: a thank-you as its title, and the point once more. */
	close: SlideCopy;
	/** The appendix after the close, 口径说明: how to read the figures, a line each (at most five). */
	caveats: { title: string; lines: string[] };
}
