/**
 * Every page's head and share card, from the code: the pages of both editions, each with a
 * title and description, and a 1200×630 card whose title is drawn.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/lib/charts/registry';
import { parseDataset } from '../../src/lib/data/parse';
import { cardSvg } from '../../src/lib/meta/card.server';
import { cardName } from '../../src/lib/meta/meta';
import { pageMeta, sitePages } from '../../src/lib/meta/pages.server';
import { renderPng } from '../../src/lib/picture/render.server';
import { chapters } from '../../src/lib/story/story';
import { readDataFiles } from '../../src/lib/server/dataset';
import { localeOf } from '../../src/lib/i18n/locale';

const dataset = parseDataset(readDataFiles(resolve(import.meta.dirname, '../..')));
const pages = sitePages();

describe('the site’s pages, from the code', () => {
	it('are every page of both editions: 7 of their own, an embed per chart, a link per chapter', () => {
		const perEdition = 7 + CHART_IDS.length + chapters().length;
		expect(pages).toHaveLength(2 * perEdition);
		expect(pages.filter((p) => p.startsWith('/en/'))).toHaveLength(perEdition);
	});

	it('each have a card of their own name', () => {
		expect(new Set(pages.map(cardName)).size).toBe(pages.length);
	});

	it('refuse a page they do not know', () => {
		expect(() => pageMeta('/no-such-page/')).toThrow('No meta for the page /no-such-page/');
	});
});

describe('every page’s card', () => {
	it.each(pages)('%s: words, and a 1200×630 card', async (page) => {
		const meta = pageMeta(page);
		expect(meta.title.length).toBeGreaterThan(3);
		expect(meta.description.length).toBeGreaterThan(10);
		const svg = cardSvg(dataset, page, meta);
		const drawn = await renderPng(svg, 1, localeOf(page));
		expect([drawn.width, drawn.height]).toEqual([1200, 630]);
	});
});
