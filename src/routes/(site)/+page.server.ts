import { loadDataset } from '$lib/server/dataset';
import { baselineView } from '$lib/story/baseline';
import { storyView } from '$lib/story/story';

export function load() {
	const dataset = loadDataset();
	return { baseline: baselineView(dataset), ...storyView(dataset) };
}
