/**
 * `npm run build` itself refuses bad data, naming the problem, before it builds anything.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'changqing-broken-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run build', () => {
	it('fails on a figure with an unknown unit, naming file, line, record and field', async () => {
		cpSync(resolve(root, 'tests/fixtures/valid/data'), join(dir, 'data'), { recursive: true });
		cpSync(
			resolve(root, 'tests/fixtures/broken/unknown-unit.yaml'),
			join(dir, 'data/figures/broken.yaml')
		);
		writeFileSync(join(dir, 'data/README.md'), '');
		const build = promisify(execFile)('npm', ['run', 'build'], {
			cwd: root,
			env: { ...process.env, DATASET_ROOT: dir }
		});
		const failure = await build.then(
			() => undefined,
			(error: { code: number; stdout: string; stderr: string }) => error
		);
		expect(failure?.code).toBe(1);
		expect(failure?.stderr).toContain(
			'data/figures/broken.yaml:7 · record "broken-gdp" · field "unit" — expected a unit listed in data/units.yaml, got "亿圆"'
		);
	}, 60_000);
});
