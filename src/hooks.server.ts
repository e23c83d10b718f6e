import type { Handle } from '@sveltejs/kit';
import { LANG_TAG, localeOf } from '$lib/i18n/locale';
import { chartStylesheets, chartsIn } from '$lib/server/chart-styles';

/**
 * Links the CSS of the charts a page shows, which SvelteKit leaves out (see chart-styles.ts),
 * relative to the page as SvelteKit writes its own links, so the site works under any path.
 */
function linkChartStyles(html: string, pathname: string): string {
	const depth = pathname.split('/').filter(Boolean).length;
	const root = depth ? '../'.repeat(depth) : './';
	const links = chartStylesheets(chartsIn(html))
		.filter((file) => !html.includes(file))
		.map((file) => `<link href="${root}${file}" rel="stylesheet">`)
		.join('');
	return links ? html.replace('</head>', `${links}</head>`) : html;
}

/** Chinese by default; the English edition lives under /en/. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = LANG_TAG[localeOf(event.url.pathname)];
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			linkChartStyles(html.replace('%lang%', lang), event.url.pathname),
		// No <link rel="modulepreload"> in the head: a dozen high-priority script requests
		// there race the stylesheets the first paint waits for, and on a slow phone network
		// they pushed LCP to 1.7× that of the same page without scripts (1.2× without them;
		// see npm run bench). The start-up script imports the modules right after the body.
		preload: ({ type }) => type === 'css'
	});
};
