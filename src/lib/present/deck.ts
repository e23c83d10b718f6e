/**
 * The deck's own slides in one locale, resolved against the dataset: the close and the
 * appendix (口径说明). Their words live in `copy/<locale>.ts`, held to the slides' limits.
 */
import type { Dataset } from '$lib/data/schema';
import type { Locale } from '$lib/i18n/locale';
import { resolveText, type Segment } from '$lib/story/copy';
import { SLIDE_LIMITS, slideLength } from '$lib/story/story';
import type { DeckCopy } from './copy/types';
import { copy as en } from './copy/en';
import { copy as zh } from './copy/zh';

const COPY: Record<Locale, DeckCopy> = { zh, en };

/** A slide's words, resolved: a title and its lines. */
export interface SlideWords {
	title: Segment[];
	lines: Segment[][];
}

export interface DeckView {
	close: SlideWords;
	caveats: SlideWords;
}

/** The appendix holds more lines than a step's slide: it is read, not spoken. */
const CAVEAT_LINES = 5;

export function deckView(dataset: Dataset, locale: Locale): DeckView {
	const where = `src/lib/present/copy/${locale}.ts`;
	const limit = SLIDE_LIMITS[locale];
	const words = (slide: { title: string; lines?: string[] }, name: string, lines: number) => {
		const texts = [slide.title, ...(slide.lines ?? [])];
		if ((slide.lines ?? []).length > lines)
			throw new Error(`${where}, ${name}: over the ${lines} lines a slide holds`);
		texts.forEach((text, i) => {
			const max = i === 0 ? limit.title : limit.line;
			if (slideLength(text, locale) > max)
				throw new Error(`${where}, ${name}: "${text}" is over the ${max} a slide holds`);
		});
		return {
			title: resolveText(dataset, slide.title, `${where}, ${name}`),
			lines: (slide.lines ?? []).map((l) => resolveText(dataset, l, `${where}, ${name}`))
		};
	};
	const copy = COPY[locale];
	return {
		close: words(copy.close, 'close', limit.lines),
		caveats: words(copy.caveats, 'caveats', CAVEAT_LINES)
	};
}
