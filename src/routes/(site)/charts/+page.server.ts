import { loadDataset } from '$lib/server/dataset';
import { chartGallery } from '$lib/charts/gallery';

export function load() {
	return chartGallery(loadDataset());
}
