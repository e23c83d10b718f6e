import { CHART_IDS } from '$lib/charts/registry';
import { chartSpec } from '$lib/charts/specs';
import { exportRows, toCsv } from '$lib/data/export';
import { chartFigureIds } from '$lib/embed/embed.server';
import { loadDataset } from '$lib/server/dataset';

export const prerender = true;

export const entries = () => CHART_IDS.map((chart) => ({ chart }));

/** A chart's own figures, in the columns of /data/indicators.csv (UTF-8 with BOM). */
export function GET({ params }) {
	const dataset = loadDataset();
	const ids = new Set(chartFigureIds(chartSpec(params.chart).prepare(dataset)));
	const figures = dataset.figures.filter((f) => ids.has(f.id));
	return new Response(toCsv(exportRows({ ...dataset, figures })), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
