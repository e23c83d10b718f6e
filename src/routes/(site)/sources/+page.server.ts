import { sourcesView } from '$lib/desk/view';
import { loadDataset } from '$lib/server/dataset';

export function load() {
	return sourcesView(loadDataset());
}
