/**
 * A page prerendered without scripts (`csr = false`: an embed, the sources, the about page)
 * is never hydrated, so the comments Svelte writes to hydrate by (`<!--[-->`, `<!---->`,
 * `<!--$s1-->`) are of no use to it: 18,537 of them were 156 KB of /embed/plan-targets/'s
 * 556 KB, and as many nodes of its document for a reader's browser to build and walk.
 */

/** Whether a page boots SvelteKit, and so hydrates by its comments. */
export const hydrates = (html: string) => html.includes('__sveltekit');

/**
 * The page without its comments. The text of `<script>`, `<style>`, `<textarea>` and `<title>`
 * is not markup: a `<!--` there is kept as it is.
 */
export function withoutComments(html: string): string {
	return html.replace(
		/(<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\2\s*>)|<!--[\s\S]*?-->/giu,
		(_, raw: string | undefined) => raw ?? ''
	);
}
