import { exportRows, toJson } from '$lib/data/export';
import { loadDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
	return new Response(toJson(exportRows(loadDataset())), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
