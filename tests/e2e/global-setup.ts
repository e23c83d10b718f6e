/**
 * Serves the built site once for all browser tests. `npm test` builds before it runs them;
 * `npm run test:e2e` alone expects a build.
 */
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.js';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

export default async function setup(project: TestProject) {
	const server = await startServer();
	project.provide('baseURL', server.url);
	return () => server.close();
}
