/** A page that never hydrates is served without the comments Svelte hydrates by. */
import { describe, expect, it } from 'vitest';
import { hydrates, withoutComments } from '../../../src/lib/server/static-page';

describe('a page that never hydrates', () => {
	it('loses every comment, and nothing it shows', () => {
		expect(withoutComments('<p><!--[-->一<!---->二<!--]--></p><!--$s1--><b>x</b>')).toBe(
			'<p>一二</p><b>x</b>'
		);
	});

	it('keeps a script’s, a style’s and a title’s text as it is, “<!--” and all', () => {
		const raw =
			'<title>a <!-- b --></title><style>/* <!-- */ p{}</style><script>if (a<!--b) x()</script>';
		expect(withoutComments(`${raw}<!---->`)).toBe(raw);
	});

	it('is told from one that boots SvelteKit', () => {
		expect(hydrates('<script>__sveltekit_abc = {}</script>')).toBe(true);
		expect(hydrates('<p>no scripts</p>')).toBe(false);
	});
});
