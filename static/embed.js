// @ts-check
/**
 * The embed loader a host page runs beside our iframes (the snippet on /charts/):
 *
 *   <iframe src="(the site)/embed/<chart-id>/" title="…" loading="lazy"
 *     style="width: 1px; min-width: 100%; height: 640px; border: 0"></iframe>
 *   <script src="(the site)/embed.js" async></script>
 *
 * Each embedded chart posts its height whenever it changes (static/embed-frame.js); this sets
 * the height of the iframe that sent it. It accepts a message only when it has the right shape,
 * comes from this script's own origin, and comes from an iframe of this page whose own `src` is
 * one of our embeds (another frame — an ad — that navigates itself to an embed is not ours to
 * resize); anything else is ignored. One listener however many snippets a page pastes.
 */
(() => {
	const script = document.currentScript;
	if (!(script instanceof HTMLScriptElement)) return;
	const origin = new URL(script.src, location.href).origin;
	/** @type {Window & { __changqingEmbeds?: Set<string> }} */
	const host = window;
	host.__changqingEmbeds ??= new Set();
	if (host.__changqingEmbeds.has(origin)) return;
	host.__changqingEmbeds.add(origin);

	/** Whether a frame's own address is one of our embed pages. @param {string} src */
	const isEmbed = (src) => {
		try {
			const url = new URL(src, location.href);
			return url.origin === origin && /^\/(?:en\/)?embed\/[a-z0-9-]+\/$/u.test(url.pathname);
		} catch {
			return false;
		}
	};

	window.addEventListener('message', (event) => {
		if (event.origin !== origin) return;
		const data = event.data;
		if (typeof data !== 'object' || data === null || data.type !== 'changqing-embed:height') return;
		const height = data.height;
		if (typeof height !== 'number' || !Number.isFinite(height) || height < 1 || height > 30000)
			return;
		for (const frame of document.getElementsByTagName('iframe')) {
			if (frame.contentWindow !== event.source) continue;
			if (!isEmbed(frame.src)) return;
			frame.style.height = `${Math.ceil(height)}px`;
			return;
		}
	});
})();
