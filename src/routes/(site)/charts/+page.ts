import { loadCharts } from '$lib/charts/registry';

export async function load({ data }) {
	await loadCharts(data.charts.map((c) => c.id));
	return data;
}
