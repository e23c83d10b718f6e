/**
 * Values an attacker or a broken link may put in an address: markup, script URLs, huge,
 * malformed or invisible strings. The URL readers meet them in unit tests
 * (tests/unit/hostile-urls.test.ts); the pages, in a browser (tests/e2e/hostile-urls.test.ts).
 */
export const HOSTILE = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	'javascript:window.__pwned=1',
	'A'.repeat(10_000),
	'\u202e\ufeff\u200b',
	'-1',
	'NaN',
	'1e309',
	'%',
	'%E0%A4%A',
	'../../etc/passwd',
	'baseline"><svg onload=window.__pwned=1>',
	'__proto__',
	'constructor'
];
