/**
 * `npm run bench:tests`: how long each part of `npm test` takes on this machine, run one after
 * another as `npm test` runs them, with nothing else running. The figures go to the console and
 * to bench/results.json (`tests`), with the date and the machine's cores, so the README can
 * point to them rather than keep a table that goes stale. A fresh clone adds `npm ci`, timed by
 * CI (.ci/run). Timings vary from run to run: none of this is asserted.
 */
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const PARTS: [string, string][] = [
	['lint (prettier, eslint)', 'npm run lint'],
	['type check (svelte-check)', 'npm run check'],
	['unit tests', 'npm run test:unit'],
	['build', 'npm run build'],
	['checks of the build', 'npm run test:build'],
	['browser tests', 'npm run test:e2e']
];

const seconds: Record<string, number> = {};
const failed: string[] = [];
for (const [part, command] of PARTS) {
	const start = performance.now();
	try {
		execSync(command, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	} catch {
		// a failing part is timed all the same, and named: its time is not a passing run's
		failed.push(part);
	}
	seconds[part] = Math.round((performance.now() - start) / 1000);
	console.info(
		`${part.padEnd(28)} ${String(seconds[part]).padStart(4)} s${failed.includes(part) ? ' (failed)' : ''}`
	);
}
const total = Object.values(seconds).reduce((a, b) => a + b, 0);
console.info(`${'in all'.padEnd(28)} ${String(total).padStart(4)} s`);

const file = resolve(root, 'bench/results.json');
const results = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
results.tests = {
	date: new Date().toISOString(),
	cores: availableParallelism(),
	seconds: { ...seconds, total },
	failed
};
writeFileSync(file, `${JSON.stringify(results, null, '\t')}\n`);
if (failed.length) process.exit(1);
