import { deskView } from '$lib/desk/view';
import { loadDataset } from '$lib/server/dataset';

export function load() {
	return deskView(loadDataset());
}
