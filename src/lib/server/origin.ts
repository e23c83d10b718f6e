/**
 * The site's public origin, for what must be absolute: share cards' image URLs, canonical links
 * and the embed code on /charts/. Set `PUBLIC_ORIGIN` when building for a host
 * (`PUBLIC_ORIGIN=https://example.org npm run build`); without it, the address `npm start`
 * serves, so a local build's embed codes work on this machine.
 */
export function publicOrigin(): string {
	const origin = process.env.PUBLIC_ORIGIN?.trim() || 'http://127.0.0.1:4173';
	const url = new URL(origin);
	if (url.pathname !== '/' || url.search || url.hash)
		throw new Error(
			`PUBLIC_ORIGIN must be an origin alone, like https://example.org; got ${origin}`
		);
	return url.origin;
}
