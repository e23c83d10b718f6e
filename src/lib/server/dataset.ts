/**
 * Reads `data/` from disk and parses it once per build. Server-only: pages receive the slices
 * they need through their load functions, so no YAML parser ships to the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDataset, type DataFiles } from '../data/parse.ts';
import type { Dataset } from '../data/schema.ts';

/** Every .yaml and seed .txt file under `dir`, keyed by its path relative to `root`. */
export function readDataFiles(root: string, dir = join(root, 'data')): DataFiles {
	const files: DataFiles = {};
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !/\.(ya?ml|txt)$/u.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		files[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
	}
	return files;
}

let cached: Dataset | undefined;

/** The validated dataset; throws a `DatasetError` naming every problem, failing the build. */
export function loadDataset(root = process.cwd()): Dataset {
	cached ??= parseDataset(readDataFiles(root));
	return cached;
}
