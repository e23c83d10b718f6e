import { loadDataset } from '$lib/server/dataset';
import { baselineView } from '$lib/story/baseline';

export function load() {
	return baselineView(loadDataset());
}
