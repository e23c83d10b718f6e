/**
 * Every chart, in every state, in both languages, rendered on the server as a page would
 * prerender it: its drawing, its description and its table, with no browser.
 */
import { resolve } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { CHART_IDS, chartBinding, loadCharts } from '../../../src/lib/charts/registry';
import { chartState } from '../../../src/lib/charts/specs';
import ChartAlone from '../../../src/lib/components/ChartAlone.svelte';
import { parseDataset } from '../../../src/lib/data/parse';
import { lexicon } from '../../../src/lib/i18n/lexicon';
import { LOCALES } from '../../../src/lib/i18n/locale';
import { readDataFiles } from '../../../src/lib/server/dataset';

const dataset = parseDataset(readDataFiles(resolve(import.meta.dirname, '../../..')));

const HAN = /\p{Script=Han}/gu;

/** The text a reader sees, less what is marked as Chinese on purpose (source excerpts). */
function visibleText(html: string): string {
	return html
		.replace(/<([a-z]+)[^>]*lang="zh-CN"[^>]*>[\s\S]*?<\/\1>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]+>/g, ' ');
}

await loadCharts(CHART_IDS);

const cases = CHART_IDS.flatMap((id) =>
	Object.keys(chartBinding(id).spec.states).flatMap((state) =>
		LOCALES.map((locale) => [id, state, locale] as const)
	)
);

describe('every chart renders alone from its id and state', () => {
	it.each(cases)('%s in state "%s" in %s', (id, state, locale) => {
		const data = chartBinding(id).spec.prepare(dataset);
		const html = render(ChartAlone, {
			props: { chart: id, data, state, locale, lexicon: lexicon(dataset, locale, data) }
		}).body;
		// without the markers Svelte leaves for hydration
		const body = html.replace(/<!--[\s\S]*?-->/g, '');
		expect(body).toContain(`data-chart="${id}"`);
		expect(body).toContain(`data-state="${state}"`);
		expect(body).toMatch(/<svg[\s>]/);
		// its words, whatever spans keep a quoted term on one line
		const description = (
			/data-testid="chart-description">([\s\S]*?)<\/p>/.exec(body)?.[1] ?? ''
		).replace(/<[^>]+>/g, '');
		expect(description.length).toBeGreaterThan(20);
		expect(body).toMatch(/<tbody>\s*<tr/);
		if (locale === 'en') {
			// names may be given in Chinese in parentheses; anything else Chinese is a missed word
			const stray = visibleText(body)
				.replace(/[（(][^（()）]*[)）]/g, '')
				.match(HAN);
			expect(stray?.join('') ?? '', 'Chinese characters in the English chart').toBe('');
		}
	});
});

describe('a chart or state that does not exist', () => {
	it('fails with the ids that do', async () => {
		await expect(loadCharts(['no-such-chart'])).rejects.toThrow(/No chart "no-such-chart"/);
	});

	it('fails on a state the chart does not have, naming the states it has', () => {
		expect(() => chartState('industry-structure', 'nope')).toThrow(
			'The chart "industry-structure" has no state "nope"; it has: final, secondary'
		);
	});

	it('fails when a page shows a chart it did not load', async () => {
		const { loadedChart } = await import('../../../src/lib/charts/registry');
		expect(() => loadedChart('no-such-chart')).toThrow('call loadCharts()');
	});
});
