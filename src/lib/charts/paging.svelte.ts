/**
 * A projected slide shows a tall chart a page at a time, where a page scrolled by a reader on a
 * phone would be no use to a hall: the deck owns one `Paging`, gives it to the slide on screen
 * through context, and the chart's FocusWindow says how many pages its bands make. The next key
 * turns the page before it moves to the next slide.
 */
import { getContext, setContext } from 'svelte';

export class Paging {
	/** The page shown, from 0. */
	page = $state(0);
	/** How many pages the slide's chart makes: 1 where it fits. */
	pages = $state(1);

	reset() {
		this.page = 0;
		this.pages = 1;
	}
}

const KEY = Symbol('paging');

/** For a slide: the deck's paging (a thumbnail's own, which no one turns). */
export const setPaging = (paging: Paging) => setContext(KEY, paging);
/** The slide's paging; none in a story, an embed or a print: a chart there is not projected. */
export const getPaging = () => getContext<Paging | undefined>(KEY);
/** Whether a chart is drawn on a projected slide, where it lays out for a hall. */
export const onSlide = () => getPaging() !== undefined;
