/** What a page's head and share card say: the types, and where its card is. */

/** What a page's share card shows with its title: a chart, or the story's point. */
export type CardContent = { kind: 'story' } | { kind: 'chart'; chart: string };

export interface PageMeta {
	title: string;
	description: string;
	card: CardContent;
	/** Not for search engines (the presenter's view). */
	noindex?: boolean;
}

/** Where a page's share card is: /cards/index.png for /, /cards/en-embed-income-path.png for /en/embed/income-path/. */
export const cardName = (page: string) =>
	page.replace(/^\/|\/$/gu, '').replace(/\//gu, '-') || 'index';

export const cardPath = (page: string) => `/cards/${cardName(page)}.png`;

/** A share card's size: what Open Graph and WeChat previews crop from. */
export const CARD = { width: 1200, height: 630 } as const;
