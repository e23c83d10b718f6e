/**
 * Serves the prerendered site in build/ as a static host would: `npm start` and the browser
 * tests use it. Also importable: `startServer()` resolves with the address it listens on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** @typedef {{ pattern: RegExp, headers: [string, string][], detach: string[] }} HeaderRule */

/**
 * The rules of a `_headers` file (the format Cloudflare Pages reads; Netlify reads all but `!`):
 * a path pattern, where `*` matches the rest, then indented `Name: value` lines, or `! Name` to
 * take off a header that an earlier, broader rule set.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	for (const line of text.split(/\r?\n/u)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/u.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/gu, '\\$&')
				.replace(/\*/gu, '.*');
			rules.push({ pattern: new RegExp(`^${source}$`, 'u'), headers: [], detach: [] });
			continue;
		}
		const rule = rules.at(-1);
		const detach = /^\s*!\s*(\S+)\s*$/u.exec(line);
		const colon = line.indexOf(':');
		if (rule && detach?.[1]) rule.detach.push(detach[1]);
		else if (rule && colon > 0)
			rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/**
 * The headers a path is served with: every matching rule in order, a later one adding to or
 * (with `!`) taking off what an earlier one set. Names as the file writes them.
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
	/** @type {Record<string, string>} */
	const headers = {};
	for (const rule of rules) {
		if (!rule.pattern.test(path)) continue;
		for (const name of rule.detach)
			for (const key of Object.keys(headers))
				if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
		for (const [name, value] of rule.headers) headers[name] = value;
	}
	return headers;
}

/**
 * @param {{ dir?: string, port?: number, host?: string, precompressed?: boolean }} [options]
 *   `precompressed`: send the .br or .gz file beside a file when the browser accepts it.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({
	dir = resolve(root, 'build'),
	port = 0,
	host = '127.0.0.1',
	precompressed = false
} = {}) {
	if (!existsSync(resolve(dir, 'index.html'))) {
		throw new Error(`${dir} holds no built site: run \`npm run build\` first`);
	}
	const assets = sirv(dir, {
		etag: true,
		gzip: precompressed,
		brotli: precompressed,
		dev: false
	});
	const headersFile = resolve(dir, '_headers');
	const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
	const server = createServer((req, res) => {
		let path;
		try {
			path = new URL(req.url ?? '/', 'http://localhost').pathname;
		} catch {
			// `GET //[` and the like: answered, not thrown (one such request stopped the server)
			res.statusCode = 400;
			res.setHeader('content-type', 'text/plain; charset=utf-8');
			return res.end('Bad request');
		}
		for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
		return assets(req, res, () => {
			res.statusCode = 404;
			res.setHeader('content-type', 'text/plain; charset=utf-8');
			res.end('Not found');
		});
	});
	return new Promise((resolveStart, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			resolveStart({
				url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`,
				close: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const wanted = Number(process.env.PORT ?? 4173);
	/** Tries the wanted port, then the next few, so a busy port does not stop `npm start`. */
	const tryPort = async (/** @type {number} */ port, tries = 10) => {
		try {
			return await startServer({ port, host: process.env.HOST ?? '127.0.0.1' });
		} catch (error) {
			const code = /** @type {{ code?: string }} */ (error).code;
			if (code === 'EADDRINUSE' && tries > 1) return tryPort(port + 1, tries - 1);
			throw error;
		}
	};
	const { url } = await tryPort(wanted);
	console.info(`长清 2020 → 2035 is served at ${url}/ (Ctrl+C stops it)`);
}
