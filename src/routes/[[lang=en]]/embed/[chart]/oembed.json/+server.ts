import { CHART_IDS } from '$lib/charts/registry';
import { oembed } from '$lib/embed/oembed.server';
import { localeOf } from '$lib/i18n/locale';
import { twins } from '$lib/i18n/routes';
import { loadDataset } from '$lib/server/dataset';
import { publicOrigin } from '$lib/server/origin';

export const prerender = true;

export const entries = () => twins(CHART_IDS.map((chart) => ({ chart })));

/** A chart's oEmbed answer, for a CMS that embeds by address. */
export function GET({ params, url }) {
	const body = oembed(loadDataset(), params.chart, localeOf(url.pathname), publicOrigin());
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json+oembed; charset=utf-8' }
	});
}
