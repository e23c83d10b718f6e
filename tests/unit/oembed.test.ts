/** A chart's oEmbed answer: what a CMS embeds from the chart's address alone. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/lib/charts/registry';
import { parseDataset } from '../../src/lib/data/parse';
import { oembed, oembedPath } from '../../src/lib/embed/oembed.server';
import { readDataFiles } from '../../src/lib/server/dataset';

const dataset = parseDataset(readDataFiles(resolve(import.meta.dirname, '../..')));
const origin = 'https://changqing.example.org';

describe('the oEmbed answer', () => {
	it.each(CHART_IDS)(
		'of %s is rich, 1.0, with the published embed code and a thumbnail',
		(chart) => {
			for (const locale of ['zh', 'en'] as const) {
				const answer = oembed(dataset, chart, locale, origin);
				expect(answer).toMatchObject({ version: '1.0', type: 'rich', height: 640 });
				expect(answer.title.length).toBeGreaterThan(3);
				const embed = `${origin}${locale === 'en' ? '/en' : ''}/embed/${chart}/`;
				expect(answer.html).toContain(`<iframe src="${embed}"`);
				expect(answer.html).toContain(`<script src="${origin}/embed.js" async></script>`);
				expect(answer.thumbnail_url).toBe(
					`${origin}${locale === 'en' ? '/en' : ''}/charts/${chart}.png`
				);
				expect(answer.thumbnail_width).toBe(2400);
			}
		}
	);

	it('lives beside the embed page in each edition', () => {
		expect(oembedPath('zh', 'income-path')).toBe('/embed/income-path/oembed.json');
		expect(oembedPath('en', 'income-path')).toBe('/en/embed/income-path/oembed.json');
	});
});
