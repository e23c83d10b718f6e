/**
 * Words live apart from code: every word a reader sees comes from the per-locale messages,
 * chart words or story copy, so no component holds Chinese outside its comments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? svelteFiles(join(dir, e.name))
			: e.name.endsWith('.svelte')
				? [join(dir, e.name)]
				: []
	);
}

/** A component's source without its comments. */
export function withoutComments(source: string): string {
	return source
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/(^|\s)\/\/.*$/gm, '$1');
}

const HAN = /\p{Script=Han}+/gu;

describe('components hold no words of their own', () => {
	it('strips comments of every kind before looking', () => {
		expect(withoutComments('<!-- 图 -->\n// 注\n/* 说明 */ <p>{m.x}</p>').match(HAN)).toBeNull();
		expect(withoutComments('<p>图表</p>').match(HAN)).toEqual(['图表']);
	});

	it.each(svelteFiles(join(root, 'src')).map((f) => [relative(root, f)]))(
		'%s has no Chinese outside comments',
		(file) => {
			const found = withoutComments(readFileSync(join(root, file), 'utf8')).match(HAN);
			expect(
				found ?? [],
				`move these into the locale's messages or words: ${found?.join(' ')}`
			).toEqual([]);
		}
	);
});
