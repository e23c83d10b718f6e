import { loadCharts } from '$lib/charts/registry';

/**
 * No framework in the browser: every state is prerendered, and static/embed-frame.js (plain
 * script) does the rest, so an embed stays light in the host's article.
 */
export const csr = false;

export async function load({ data }) {
	await loadCharts([data.view.chart]);
	return data;
}
