/**
 * The last steps of `npm run build`, once SvelteKit has prerendered every page, endpoint,
 * chart download and share card: the host's `_headers` file from the site's pages
 * (headers.ts), then the service worker's version, a hash of every built file (stamp-sw.ts).
 * Node only: no browser, no system fonts.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtPages, headerRules, headersFile } from './headers';
import { stampServiceWorker } from './stamp-sw';

const BUILD = resolve(import.meta.dirname, '../build');
writeFileSync(join(BUILD, '_headers'), headersFile(headerRules(builtPages(BUILD))));
console.info(`Service worker stamped with the build's content: ${stampServiceWorker(BUILD)}`);
