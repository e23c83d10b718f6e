// The retirement worker. To retire the site or move it to another origin, deploy this file as
// /service-worker.js at the old origin (beside whatever the origin serves next: a notice, a
// redirect). A reader's browser checks the worker on the next visit or within a day; this one
// installs at once, deletes the report's caches (and no other app's), unregisters itself and
// reloads the report's open tabs, which then get whatever the server says. See README, Offline.
/// <reference lib="webworker" />
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** The report's caches: `changqing-offline-…`, and `offline-content-…` of older deployments. */
const ours = (/** @type {string} */ key) =>
	key.startsWith('changqing-offline-') || /^offline-content-[0-9a-f]{16}$/u.test(key);

sw.addEventListener('install', () => void sw.skipWaiting());
sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (ours(key)) await caches.delete(key);
			await sw.registration.unregister();
			for (const client of await sw.clients.matchAll({ type: 'window' }))
				await client.navigate(client.url).catch(() => undefined);
		})()
	);
});
