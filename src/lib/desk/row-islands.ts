/** The data desk's rows as an island (see DeskRows.svelte and $lib/islands). */
import type { Lexicon } from '$lib/i18n/lexicon';
import type { Locale } from '$lib/i18n/locale';
import { renderIslands } from '$lib/islands/islands';
import DeskRows from './DeskRows.svelte';
import type { DeskView } from './view';

/** Server: the rows, in the dataset's order (the desk's first), rendered as a root of their own. */
export async function renderDeskRows(
	view: DeskView,
	locale: Locale,
	lexicon: Lexicon
): Promise<string> {
	const [html] = await renderIslands(DeskRows, [
		{ props: { rows: view.rows, locale, lexicon }, idPrefix: 'rows-' }
	]);
	return html!;
}
