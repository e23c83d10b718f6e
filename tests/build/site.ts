/**
 * The built site (build/) as a static host serves it, read from the disk: the checks here need
 * no server and no browser. `npm test` builds before it runs them.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const BUILD = resolve(import.meta.dirname, '../../build');

if (!existsSync(join(BUILD, 'index.html')))
	throw new Error(`${BUILD} holds no built site: run \`npm run build\` first`);

/** Every file of the build, by its path from build/ with forward slashes. */
export const FILES = readdirSync(BUILD, { recursive: true, encoding: 'utf8' })
	.map((f) => f.split('\\').join('/'))
	.filter((f) => statSync(join(BUILD, f)).isFile());

/** The file a static host serves for an address's path, as our server (sirv) finds it; or none. */
export function fileFor(path: string): string | undefined {
	const clean = decodeURIComponent(path).replace(/^\/+/u, '');
	const tries =
		clean === '' || clean.endsWith('/')
			? [`${clean}index.html`]
			: [clean, `${clean}.html`, `${clean}/index.html`];
	return tries.find((f) => existsSync(join(BUILD, f)) && statSync(join(BUILD, f)).isFile());
}

export const read = (file: string) => readFileSync(join(BUILD, file), 'utf8');

/** The HTML entities Svelte writes into attributes. */
export const unescape = (value: string) =>
	value
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
