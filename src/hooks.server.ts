import type { Handle } from '@sveltejs/kit';
import { LANG_TAG, localeOf } from '$lib/i18n/locale';
import { fillIslands } from '$lib/islands/islands';
import { inlineChartStyles } from '$lib/server/chart-styles';
import { hydrates, withoutComments } from '$lib/server/static-page';

/** Chinese by default; the English edition lives under /en/. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = LANG_TAG[localeOf(event.url.pathname)];
	return resolve(event, {
		// the islands a server load rendered (see islandMarker), then the charts' CSS, which
		// SvelteKit leaves out of prerendered pages (see chart-styles.ts); a page that never
		// hydrates drops the comments hydration needs (static-page.ts)
		transformPageChunk: ({ html, done }) => {
			const page = inlineChartStyles(
				fillIslands(
					html.replace('%lang%', () => lang),
					event.locals.islands
				)
			);
			// a prerendered page comes in one chunk; one streamed in parts keeps its comments
			const whole = done && /^\s*<!doctype/iu.test(page);
			return whole && !hydrates(page) ? withoutComments(page) : page;
		},
		// No <link rel="modulepreload"> in the head: a dozen high-priority script requests
		// there race the stylesheets the first paint waits for, and on a slow phone network
		// they pushed LCP to 1.7× that of the same page without scripts (1.2× without them;
		// see npm run bench). The start-up script imports the modules right after the body.
		preload: ({ type }) => type === 'css'
	});
};
