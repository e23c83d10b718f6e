/**
 * Set-up that `npm start` and `npm test` run first, so both work on a fresh machine:
 * installs the npm dependencies when they are missing or stale, and with `--browser` installs
 * Debian's Chromium and a CJK font for the browser tests when they are missing.
 * Uses only Node's built-ins: it runs before anything is installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from './chromium.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
	console.error(
		`Node ${process.versions.node} is too old: this project needs Node 20.19 or newer.`
	);
	process.exit(1);
}

/** @param {string} cmd @param {string[]} args */
function run(cmd, args) {
	console.info(`> ${cmd} ${args.join(' ')}`);
	execFileSync(cmd, args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}

function dependenciesStale() {
	const marker = resolve(root, 'node_modules/.package-lock.json');
	if (!existsSync(marker)) return true;
	const installed = statSync(marker).mtimeMs;
	return ['package.json', 'package-lock.json'].some(
		(file) => existsSync(resolve(root, file)) && statSync(resolve(root, file)).mtimeMs > installed
	);
}

if (dependenciesStale()) {
	run(
		'npm',
		existsSync(resolve(root, 'package-lock.json'))
			? ['ci', '--no-audit', '--no-fund']
			: ['install', '--no-audit', '--no-fund']
	);
}

function hasCjkFont() {
	const dir = '/usr/share/fonts/opentype/noto';
	return existsSync(dir) && readdirSync(dir).some((name) => name.startsWith('NotoSansCJK'));
}

if (process.argv.includes('--browser')) {
	const missing = [];
	if (!existsSync(CHROMIUM)) missing.push('chromium');
	if (!hasCjkFont()) missing.push('fonts-noto-cjk');
	if (missing.length) {
		const root = typeof process.getuid === 'function' && process.getuid() === 0;
		const sudo = root ? [] : ['sudo'];
		if (!root && !existsSync('/usr/bin/sudo')) {
			console.error(
				`The browser tests need ${missing.join(' and ')}: run \`apt-get install -y ${missing.join(' ')}\` as root.`
			);
			process.exit(1);
		}
		const apt = (/** @type {string[]} */ args) =>
			sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args);
		apt(['update', '-qq']);
		apt(['install', '-y', '-qq', ...missing]);
	}
}
