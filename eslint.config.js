import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'bench-results/',
			'bench/.site/',
			'test-results/',
			'.check-build/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			eqeqeq: 'error',
			'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
			// TypeScript already reports undefined names, with types.
			'no-undef': 'off',
			// A page link is written i18n.href('/data/'), which resolves the path in the page's
			// locale (/en/data/ in English); the rule cannot see through it. goto() and the
			// rest are still checked.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			// no projectService: none of these rules needs type information (svelte-check
			// type-checks everything), and building the TypeScript program tripled lint's time
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
