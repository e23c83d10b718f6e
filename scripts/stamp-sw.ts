/**
 * Names the service worker's cache after what the built site holds (see src/service-worker.ts):
 * a build with the same files keeps the same worker, byte for byte, so readers download
 * nothing again; any changed file makes a new worker, which the browser installs in place of
 * the old. The last step of postbuild, since the share cards rewrite the pages. It can be run
 * again on a built site, or on a copy of one after an edit: it replaces an earlier stamp.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const WORKER = 'service-worker.js';

/** The version the worker is built with, or one an earlier stamp wrote. */
const MARKER = /\bcontent-(?:[0-9a-f]{16}|unstamped)\b/gu;

/** Writes the hash of `dir`'s files into its service worker; returns the version written. */
export function stampServiceWorker(dir: string): string {
	const path = join(dir, WORKER);
	const code = readFileSync(path, 'utf8');
	if (!code.match(MARKER)) {
		throw new Error(
			`stamp-sw: ${path} has no version to replace (content-unstamped, from src/service-worker.ts)`
		);
	}
	const version = `content-${contentHash(dir)}`;
	writeFileSync(path, code.replace(MARKER, version));
	return version;
}

/** SHA-256 of every file but the worker, by path and content in path order; 16 hex digits. */
function contentHash(dir: string): string {
	const hash = createHash('sha256');
	for (const file of filesUnder(dir)
		.filter((f) => f !== WORKER)
		.sort()) {
		const content = readFileSync(join(dir, file));
		hash.update(`${file}\0${content.length}\0`).update(content);
	}
	return hash.digest('hex').slice(0, 16);
}

/** Every file under `dir`, as a path relative to it with forward slashes. */
function filesUnder(dir: string, base = dir): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return filesUnder(path, base);
		return [relative(base, path).split('\\').join('/')];
	});
}
