// @ts-check
/**
 * Inside an embedded chart (/embed/<id>/), which ships no framework: every state of the chart is
 * prerendered, and this script
 * - shows the state named by `?state=<name>` (only a name the page has; anything else is ignored),
 * - applies `?theme=dark|light` (anything else is ignored),
 * - brings the stepper and the table button to life,
 * - tells the host page its height whenever it changes, in three conventions: ours (read by
 *   /embed.js), AMP's `embed-size` (read by amp-iframe and @newswire/frames) and Datawrapper's
 *   `datawrapper-height` (read by Datawrapper's own embed script, which many newsrooms run).
 * Nothing from the address is ever written into the page.
 */
(() => {
	const root = document.documentElement;
	const main = /** @type {HTMLElement | null} */ (document.querySelector('[data-embed]'));
	if (!main) return;
	const chart = main.dataset.embed ?? '';
	const states = /** @type {HTMLElement[]} */ ([...main.querySelectorAll('[data-embed-state]')]);
	const params = new URLSearchParams(location.search);

	const theme = params.get('theme');
	if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;

	/** @param {number} index */
	const show = (index) => {
		const next = states[index];
		if (!next) return;
		const focused = document.activeElement;
		const stepping = focused instanceof HTMLElement && focused.closest('.stepper');
		states.forEach((s, i) => (s.hidden = i !== index));
		fit();
		if (!stepping) return;
		// keep the keyboard on the stepper: the same button in the state now shown, or the other
		const buttons = /** @type {HTMLButtonElement[]} */ ([
			...next.querySelectorAll('.stepper button')
		]);
		const label = focused.getAttribute('aria-label');
		(
			buttons.find((b) => b.getAttribute('aria-label') === label && !b.disabled) ??
			buttons.find((b) => !b.disabled)
		)?.focus();
	};

	// A chart drawn for the story's fixed frame may hold more than the height given here on a
	// narrow screen (the map and its notes): its box grows to what it holds, never cutting it.
	const fit = () => {
		for (const plot of main.querySelectorAll('[data-embed-state]:not([hidden]) .plot')) {
			if (!(plot instanceof HTMLElement)) continue;
			plot.style.height = '';
			// labels may hang into the plot's bottom margin, which is there for them
			const room = parseFloat(getComputedStyle(plot).marginBottom) || 0;
			const over = plot.scrollHeight - plot.clientHeight - room;
			if (over > 1) plot.style.height = `${plot.clientHeight + over}px`;
		}
	};
	window.addEventListener('resize', fit);

	const wanted = states.findIndex((s) => s.dataset.embedState === params.get('state'));
	if (wanted >= 0) show(wanted);

	fit();
	for (const stepper of main.querySelectorAll('.stepper')) {
		if (stepper instanceof HTMLElement) stepper.hidden = false;
	}
	// the other language's embed shows the state shown here, with the same theme
	for (const a of document.querySelectorAll('a.language-switch')) {
		if (!(a instanceof HTMLAnchorElement)) continue;
		a.addEventListener('click', () => {
			const shown = states.find((s) => !s.hidden)?.dataset.embedState;
			const next = new URLSearchParams(location.search);
			if (shown) next.set('state', shown);
			a.search = next.toString();
		});
	}
	main.addEventListener('click', (event) => {
		const target = event.target instanceof Element ? event.target.closest('button') : null;
		if (!target) return;
		if (target.dataset.go !== undefined) {
			show(Number(target.dataset.go));
			return;
		}
		// the table button: swaps the drawing for its table, as the report's own charts do
		const table = target.getAttribute('aria-controls');
		const frame = target.closest('.chart-frame');
		const view = table ? document.getElementById(table) : null;
		const plot = frame?.querySelector('.plot');
		if (!view || !(plot instanceof HTMLElement)) return;
		const open = target.getAttribute('aria-expanded') !== 'true';
		target.setAttribute('aria-expanded', String(open));
		view.hidden = !open;
		plot.hidden = open;
		fit();
		const label = open ? target.dataset.showChart : target.dataset.showTable;
		if (label) target.textContent = label;
	});

	if (window.parent === window) return;
	let last = 0;
	const report = () => {
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		window.parent.postMessage({ type: 'changqing-embed:height', chart, height }, '*');
		window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
		window.parent.postMessage({ 'datawrapper-height': { [chart]: height } }, '*');
	};
	new ResizeObserver(report).observe(root);
	report();
})();
