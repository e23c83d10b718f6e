import { execFileSync } from 'node:child_process';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The commit the site is built from names the app's version, so two builds of one commit are
 * the same build: SvelteKit's default, the time of the build, made every build look new.
 * Built outside git (from a tarball), the time again: a name that may repeat would hide a
 * new deployment from the tabs already open (see kit.version in SvelteKit's docs).
 */
function versionName() {
	try {
		return execFileSync('git', ['rev-parse', 'HEAD'], {
			cwd: import.meta.dirname,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return String(Date.now());
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered (see src/routes/+layout.ts); `strict` makes the build
		// fail if any page would need a server at run time.
		adapter: adapter({ strict: true }),
		prerender: {
			// Every page without a parameter, in Chinese; the English edition is reached by every
			// page's language switch, and its presenter's view (opened by a key, not a link) here.
			// A unit test of the build checks that every page has its English twin.
			entries: ['*', '/en/', '/en/present/presenter/'],
			// The charts' SVG and PNG downloads are made from the built site once it is built
			// (scripts/downloads.ts, which fails the build if one is missing); every other
			// broken link fails the build here.
			handleHttpError: ({ path, status, message }) => {
				if (status === 404 && /^\/(?:en\/)?charts\/[a-z0-9-]+\.(?:svg|png)$/u.test(path)) return;
				throw new Error(message);
			},
			handleMissingId: 'fail'
		},
		version: { name: versionName() },
		// registered by the root layout once the page is idle, not at `load` (see +layout.svelte)
		serviceWorker: { register: false },
		// A strict Content-Security-Policy in every prerendered page: SvelteKit hashes its own
		// inline start-up script; nothing may load from another origin. Style attributes are
		// allowed because charts position their labels with them (style:left={x}). Headers a
		// meta tag cannot carry (frame-ancestors) are in static/_headers.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
