import { loadCharts } from '$lib/charts/registry';

/** Every chapter's chart code, before the slides render (on the server and in the browser). */
export async function load({ data }) {
	await loadCharts(data.story.chapters.map((c) => c.chart));
	return data;
}
