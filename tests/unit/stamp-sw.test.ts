/** The service worker's version: a hash of what the built site holds (scripts/stamp-sw.ts). */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stampServiceWorker } from '../../scripts/stamp-sw';

/** A worker as Vite minifies it: the version folded into the cache's name. */
const WORKER =
	'var a=`offline-content-unstamped`;self.addEventListener(`install`,()=>caches.open(a));';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'stamp-sw-'));
	write('service-worker.js', WORKER);
	write('index.html', '<h1>长清</h1>');
	write('_app/immutable/entry/start.abc.js', 'export{}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, content: string) {
	mkdirSync(dirname(join(dir, file)), { recursive: true });
	writeFileSync(join(dir, file), content);
}

const worker = () => readFileSync(join(dir, 'service-worker.js'), 'utf8');

describe('stampServiceWorker', () => {
	it('writes the content hash in place of the placeholder', () => {
		const version = stampServiceWorker(dir);
		expect(version).toMatch(/^content-[0-9a-f]{16}$/u);
		expect(worker()).toBe(WORKER.replace('content-unstamped', version));
	});

	it('gives the same version to the same content, stamped again or stamped anew', () => {
		const first = stampServiceWorker(dir);
		expect(stampServiceWorker(dir)).toBe(first);
		write('service-worker.js', WORKER);
		expect(stampServiceWorker(dir)).toBe(first);
	});

	it.each([
		['a page’s text changes', () => write('index.html', '<h1>长清区</h1>')],
		['a file is added', () => write('about/index.html', '<h1>关于</h1>')],
		[
			'a file is renamed',
			() => {
				rmSync(join(dir, 'index.html'));
				write('home.html', '<h1>长清</h1>');
			}
		]
	])('gives a new version, replacing the old stamp, when %s', (_, change) => {
		const before = stampServiceWorker(dir);
		change();
		const after = stampServiceWorker(dir);
		expect(after).not.toBe(before);
		expect(worker()).toContain(`offline-${after}`);
		expect(worker()).not.toContain(before);
	});

	it('ignores the service worker itself', () => {
		const before = stampServiceWorker(dir);
		writeFileSync(join(dir, 'service-worker.js'), `${worker()}// more code`);
		expect(stampServiceWorker(dir)).toBe(before);
	});

	it('fails, naming the file, when the worker has no version to replace', () => {
		write('service-worker.js', 'var a=`offline-${Date.now()}`;');
		expect(() => stampServiceWorker(dir)).toThrow(/service-worker\.js has no version/u);
	});
});
