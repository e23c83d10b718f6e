/**
 * The last steps of `npm run build`, once SvelteKit has prerendered every page, endpoint,
 * chart download and share card: a check that the pages and the app's scripts agree
 * (agree.ts), the host's `_headers` file from the site's pages (headers.ts), then the service
 * worker's version, a hash of every built file (stamp-sw.ts).
 * Node only: no browser, no system fonts.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { disagreements } from './agree';
import { builtPages, headerRules, headersFile } from './headers';
import { stampServiceWorker } from './stamp-sw';

const BUILD = resolve(import.meta.dirname, '../build');
const problems = disagreements(BUILD);
if (problems.length) {
	console.error(`The build does not agree with itself:\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
writeFileSync(join(BUILD, '_headers'), headersFile(headerRules(builtPages(BUILD))));
console.info(`Service worker stamped with the build's content: ${stampServiceWorker(BUILD)}`);
