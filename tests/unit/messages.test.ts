/**
 * Messages are plain TypeScript: the Chinese files are the reference, and the type checker
 * rejects another locale's missing key, extra key or wrong parameter, as `npm run check` does.
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/lib/i18n/all-messages';

const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/messages', name);

/** The type errors in one file, as `tsc --strict` reports them. */
function typeErrors(file: string): string[] {
	const program = ts.createProgram([file], {
		strict: true,
		noEmit: true,
		target: ts.ScriptTarget.ES2022,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		skipLibCheck: true
	});
	return ts
		.getPreEmitDiagnostics(program)
		.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('a translation that does not match the Chinese reference', () => {
	it.each([
		['missing-key.ts', /Property 'showChart' is missing/],
		['extra-key.ts', /'tagline' does not exist/],
		['wrong-parameter.ts', /Type 'number' is not assignable to type 'string'/],
		['missing-word.ts', /Property 'largest' is missing/]
	])(
		'%s fails the type check',
		(file, message) => {
			const errors = typeErrors(fixture(file));
			expect(errors.join('\n')).toMatch(message);
		},
		// a whole type check of the messages: seconds, more on a busy machine
		30_000
	);
});

describe('the site’s messages', () => {
	it('have the same keys in every locale', () => {
		const keys = (o: object, prefix = ''): string[] =>
			Object.entries(o).flatMap(([k, v]) =>
				v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [prefix + k]
			);
		expect(keys(MESSAGES.en).sort()).toEqual(keys(MESSAGES.zh).sort());
	});
});
