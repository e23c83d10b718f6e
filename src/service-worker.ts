/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * The whole site offline after one visit: the report is presented from a laptop on a venue
 * network that drops. On its first visit to a page that runs the app, the worker keeps one
 * deployment's copy of everything a reader can open — every prerendered page and endpoint,
 * the app's scripts and styles, the files in static/ — and answers from it when the network
 * fails or hangs.
 *
 * One cache holds one deployment, whole: it is filled at install and never written to after,
 * so an offline page never meets scripts from another build. A new deployment's worker fills
 * its own cache beside the old one, waits until no tab runs the old one (no skipWaiting: an
 * open tab still loads its chunks through the old worker), then deletes the old cache.
 */
import { build, files, prerendered } from '$service-worker';

const sw = globalThis.self as unknown as ServiceWorkerGlobalScope;

/**
 * What the built site holds, as a hash: scripts/stamp-sw.ts writes it here once every file is
 * built. SvelteKit's `version` names the sources, not what they build to: a build with the
 * same files must keep the same cache, or every reader downloads the whole site again for
 * nothing.
 */
const VERSION = 'content-unstamped';
/** Our caches' names start so: the worker deletes its own old ones and no other app's. */
const PREFIX = 'changqing-offline-';
const CACHE = `${PREFIX}${VERSION}`;
/** Whether a cache is one of ours: by the prefix, or as deployments before it named theirs. */
const ours = (key: string) => key.startsWith(PREFIX) || /^offline-content-[0-9a-f]{16}$/u.test(key);

/** Files named by their content (/_app/immutable/…): a cached copy is always the right one. */
const IMMUTABLE = new Set(build);

/**
 * Files whose address stays while their content changes: the prerendered pages (`/`,
 * `/data/`…), endpoints (`/story/zh.json`, the CSVs) and static/ files. `_headers` is for the
 * host, which may not serve it, and one missing file fails the whole install. Not here, so
 * never cached: the share cards (for crawlers) and the charts' SVG and PNG downloads, phone PNGs and the WeChat pictures too (the
 * PNGs up to 1 MB each), which no page needs to work; and the presentation's downloads, its
 * .pptx files (a megabyte or more each) and the slides' chart pictures they are made with.
 */
const PICTURE =
	/\/cards\/[^/]+\.png$|\/share\/[^/]+\.png$|\/charts\/(?:phone\/)?[^/]+\.(?:png|svg)$|\/present\/(?:pictures\/.+\.png|[^/]+\.pptx)$/u;
const LATEST = new Set(
	[...prerendered, ...files.filter((file) => !file.endsWith('/_headers'))].filter(
		(file) => !PICTURE.test(file)
	)
);

/**
 * How long to wait for the network before answering from the cache: a venue network may
 * hang rather than fail, and a reader should not stare at a blank page meanwhile.
 */
const PATIENCE_MS = 3000;

sw.addEventListener('install', (event) => event.waitUntil(fillCache()));
sw.addEventListener('activate', (event) => event.waitUntil(takeOver()));
sw.addEventListener('fetch', (event) => {
	const answer = respond(event.request);
	if (answer) event.respondWith(answer);
});

async function fillCache() {
	const cache = await caches.open(CACHE);
	// pages and static files from the server, not the HTTP cache: they must be this deployment's
	const latest = [...LATEST].map((path) => new Request(path, { cache: 'no-cache' }));
	await cache.addAll([...IMMUTABLE, ...latest]);
}

/**
 * Deletes our other deployments' caches (never another app's on the same origin), then takes
 * over the open tabs, so a tab whose first
 * visit installed the worker keeps working when the network drops. Taking over is safe
 * because the worker never skips waiting: when it activates, no tab runs another worker, and
 * a tab loaded from an older build is only ever given files by their exact content-hashed
 * name, which this cache either holds the same or leaves to the network.
 */
async function takeOver() {
	for (const key of await caches.keys()) {
		if (ours(key) && key !== CACHE) await caches.delete(key);
	}
	await sw.clients.claim();
}

/** The worker's answer to a request, or nothing to let the browser fetch it as usual. */
function respond(request: Request): Promise<Response> | undefined {
	const url = new URL(request.url);
	// a range request would get the whole file back; other origins are not ours to keep
	if (request.method !== 'GET' || request.headers.has('range')) return;
	if (url.origin !== sw.location.origin) return;
	if (IMMUTABLE.has(url.pathname)) return cacheFirst(request, url.pathname);
	if (LATEST.has(url.pathname)) return networkFirst(request, url.pathname);
}

async function cacheFirst(request: Request, path: string): Promise<Response> {
	const cached = await caches.open(CACHE).then((cache) => cache.match(path));
	return cached ?? fetch(request);
}

/**
 * The network's copy, so an online reader sees the newest deployment at once; the cached copy
 * only when the network fails (no answer; on HTTPS a captive portal is that too), answers with
 * a server error (5xx), or takes longer than PATIENCE_MS. Whatever else the server says is
 * what the reader gets: a page gone (404, 410) or moved (a redirect) is how a site is retired
 * or moved, and the cache must not hide it. Keyed by path: a static host serves
 * `/data/__data.json?x-sveltekit-invalidated=01` and `/embed/x/?state=y` from one file.
 */
async function networkFirst(request: Request, path: string): Promise<Response> {
	const cached = await caches.open(CACHE).then((cache) => cache.match(path));
	if (!cached) return fetch(request);
	const network = fetch(request).then(
		(response) => (response.status >= 500 ? undefined : response),
		() => undefined
	);
	const patience = new Promise<undefined>((done) => setTimeout(done, PATIENCE_MS));
	return (await Promise.race([network, patience])) ?? cached;
}
