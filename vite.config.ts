import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { DatasetError, parseDataset } from './src/lib/data/parse.ts';
import { readDataFiles } from './src/lib/server/dataset.ts';
import { publicOrigin } from './src/lib/server/origin.ts';

/**
 * Validates data/ before anything is built, so bad data fails with every problem listed.
 * DATASET_ROOT points it at another folder holding a data/ (the tests use broken copies).
 */
function checkDataset(): Plugin {
	return {
		name: 'check-dataset',
		apply: 'build',
		buildStart() {
			try {
				parseDataset(readDataFiles(process.env.DATASET_ROOT ?? process.cwd()));
			} catch (error) {
				if (error instanceof DatasetError) this.error(error.message);
				throw error;
			}
		}
	};
}

/**
 * Says loudly when the build has no public origin: its canonical links, share cards' addresses,
 * embed codes and the credits in the downloads then name the local server, which is right for
 * `npm start` on this machine and wrong anywhere else.
 */
function warnLocalOrigin(): Plugin {
	return {
		name: 'warn-local-origin',
		apply: 'build',
		buildStart() {
			if (process.env.PUBLIC_ORIGIN?.trim()) return;
			const rule = '!'.repeat(78);
			this.warn(
				`\n${rule}\nPUBLIC_ORIGIN is not set: this build's absolute addresses (canonical links, share\n` +
					`cards, embed codes, the credit in every download) name ${publicOrigin()}, the local\n` +
					`server. Set PUBLIC_ORIGIN=https://your.host before building a site to deploy.\n${rule}`
			);
		}
	};
}

export default defineConfig({
	plugins: [checkDataset(), warnLocalOrigin(), sveltekit()],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					setupFiles: ['tests/unit/setup-messages.ts'],
					// the files share their imports (the dataset, the charts, the fonts) rather than
					// each loading them anew: half the unit tests' time was imports
					isolate: false
				}
			},
			{
				extends: true,
				test: {
					// checks over the built files, read from build/: no server, no browser
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// a page that hydrates, fetches its chapter or animates may take more than the
					// default second on a busy machine: a poll waits for the page, never a sleep
					expect: { poll: { timeout: 5000 } },
					// two files at a time, each with its own Chromium: most of a browser test is
					// waiting for a page, which leaves the machine's two cores room for a second
					fileParallelism: true,
					maxWorkers: 2
				}
			}
		]
	}
});
