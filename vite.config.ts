import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { DatasetError, parseDataset } from './src/lib/data/parse.ts';
import { readDataFiles } from './src/lib/server/dataset.ts';

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

export default defineConfig({
	plugins: [checkDataset(), sveltekit()],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
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
					// One Chromium at a time: the machine has two cores.
					fileParallelism: false
				}
			}
		]
	}
});
