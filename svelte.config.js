import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The app's version: a hash of what the site is built from (its sources, data, static files
 * and locked dependencies), computed once, when this file is first read. Two builds of the
 * same tree get the same name, with git or without it (a tarball, a host's build step), and
 * no build's time or machine enters it. SvelteKit's default, the time of the build, made
 * every build look new; and a name computed twice in one build (the config is read more than
 * once) made the pages and their scripts disagree.
 */
function versionName() {
	const root = import.meta.dirname;
	const hash = createHash('sha256');
	const files = ['src', 'static', 'data']
		.flatMap((dir) =>
			readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		)
		.concat(['package-lock.json', 'svelte.config.js', 'vite.config.ts'])
		.sort();
	for (const file of files) {
		const content = readFileSync(join(root, file));
		hash.update(`${file}\0${content.length}\0`).update(content);
	}
	return hash.digest('hex').slice(0, 16);
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
			// every broken link fails the build, the charts' downloads and the share cards too
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		version: { name: versionName() },
		// The page's own stylesheets (each under 12 KB) go into one <style> in its head, hashed
		// into the CSP by SvelteKit: linked, the story's nine of them each blocked the first
		// paint, and on a slow phone network its FCP was 1.7× that of the page without scripts.
		inlineStyleThreshold: 12 * 1024,
		// registered by the root layout once the page is idle, not at `load` (see +layout.svelte)
		serviceWorker: { register: false },
		// A strict Content-Security-Policy in every prerendered page: SvelteKit hashes its own
		// inline start-up script; nothing may load from another origin. Style attributes are
		// allowed because charts position their labels with them (style:left={x}). Headers a
		// meta tag cannot carry (frame-ancestors) are in scripts/headers.ts.
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
