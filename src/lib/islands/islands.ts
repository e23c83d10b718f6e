/**
 * Islands: parts of a page rendered on the server as Svelte roots of their own and brought to
 * life in the browser one by one, as they come near, instead of hydrating a whole page of
 * charts at once (a slow phone's main thread was blocked for most of a second).
 *
 * The page takes each island's HTML as it is, in an `{@html}` block, which hydration adopts
 * without walking (in the browser the block is given `ADOPT`, a placeholder that is not empty).
 * Each island is then hydrated on its own (`hydrate`, with an id prefix so ids stay unique
 * across roots), or mounted when the page was not prerendered (a client-side navigation).
 */
import { hydrate, mount, unmount, type Component } from 'svelte';

/** Any component's props, as Svelte's own `mount` and `hydrate` take them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Svelte's bound for props
type AnyProps = Record<string, any>;

export interface Island<Props> {
	props: Props;
	/** Prefixes the island's `$props.id()`s: every island is a root of its own. */
	idPrefix: string;
}

/** Server: each island rendered as a root of its own. */
export async function renderIslands<Props extends AnyProps>(
	component: Component<Props>,
	islands: Island<Props>[]
): Promise<string[]> {
	const { render } = await import('svelte/server');
	return islands.map(({ props, idPrefix }) => render(component, { props, idPrefix }).body);
}

/** What the browser gives the `{@html}` blocks: not empty, so hydration adopts the server's nodes. */
export const ADOPT = ' ';

/**
 * Where an island rendered by a server load goes in the page: the load keeps the HTML in
 * `locals.islands` under `key` and hooks.server.ts puts it in place of this marker, so the
 * island's props stay out of the data SvelteKit inlines in the page.
 */
export const islandMarker = (key: string) => `<!--island:${key}-->`;

/** Server: the page with each island marker replaced by its HTML; throws on one with none. */
export function fillIslands(html: string, islands: Record<string, string> | undefined): string {
	return html.replace(/<!--island:([\w-]+)-->/g, (_, key: string) => {
		const island = islands?.[key];
		if (island === undefined) throw new Error(`no server render for the island "${key}"`);
		return island;
	});
}

/** The first signs of a reader: until one, no island wakes (see `wakeIslands`). */
const INPUT = ['scroll', 'keydown', 'pointerdown', 'pointermove', 'touchstart', 'hashchange'];

/**
 * Browser: once the reader first moves (scrolls, points, taps or presses a key), brings each
 * island to life as it nears the viewport (within one screen), after `prepare(i)` (loading its
 * chart's code). A page opened at an anchor or a scrolled position starts at once; a page that
 * was not prerendered mounts every island at once. Returns a function that stops it all.
 *
 * `component` may still be loading: the reader's first move is heard from the start all the
 * same (a tap on the first screen before its code had arrived was lost, and woke nothing).
 */
export function wakeIslands<Props extends AnyProps>(
	component: Component<Props> | Promise<Component<Props>>,
	elements: HTMLElement[],
	island: (i: number) => Island<Props>,
	prepare: (i: number) => Promise<void> = async () => {}
): () => void {
	// a component that fails to load is reported when an island wakes, not as an unhandled rejection
	Promise.resolve(component).catch(() => {});
	const started = new Set<number>();
	const live: Record<string, unknown>[] = [];
	let stopped = false;
	const prerendered = elements.every((el) => el.children.length > 0);
	// One island per task, each after the last: two coming near together (a fast scroll) would
	// otherwise wake in one long task, and the frames between them would wait.
	let queue = Promise.resolve();
	const wake = (i: number) => {
		if (started.has(i)) return;
		started.add(i);
		const code = prepare(i);
		queue = queue.then(async () => {
			const [Island] = await Promise.all([component, code]);
			await new Promise((next) => setTimeout(next, 0));
			if (stopped) return;
			const { props, idPrefix } = island(i);
			const options = { target: elements[i]!, props, idPrefix };
			live.push(prerendered ? hydrate(Island, options) : mount(Island, options));
		});
		// an island that fails (its code did not load) is reported, and the next still wakes
		queue = queue.catch(reportError);
	};
	const stop = () => {
		stopped = true;
		for (const instance of live) void unmount(instance);
	};
	if (!prerendered) {
		elements.forEach((_, i) => wake(i));
		return stop;
	}
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries)
				if (entry.isIntersecting) {
					observer.unobserve(entry.target);
					wake(elements.indexOf(entry.target as HTMLElement));
				}
		},
		{ rootMargin: '100% 0px' }
	);
	const start = () => {
		for (const type of INPUT) window.removeEventListener(type, start);
		for (const el of elements) observer.observe(el);
	};
	if (location.hash || window.scrollY > 0) start();
	else for (const type of INPUT) window.addEventListener(type, start, { passive: true });
	return () => {
		for (const type of INPUT) window.removeEventListener(type, start);
		observer.disconnect();
		stop();
	};
}
