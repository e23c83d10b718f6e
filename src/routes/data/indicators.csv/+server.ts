import { exportRows, toCsv } from '$lib/data/export';
import { loadDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
	return new Response(toCsv(exportRows(loadDataset())), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
