/** The imprint: what the deployment sets is shown as set, what it does not set is not made up. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/data/parse';
import { readDataFiles } from '../../src/lib/server/dataset';
import { imprint } from '../../src/lib/server/imprint';

const data = parseDataset(readDataFiles(resolve(import.meta.dirname, '../..')));

describe('the imprint', () => {
	it('without settings, says only how recent the sources are: the newest Changqing document', () => {
		expect(imprint(data, {})).toEqual({ sourcesUpTo: '2025-01' });
	});

	it('shows the publisher, date and feedback address a deployment sets', () => {
		expect(
			imprint(data, {
				PUBLIC_PUBLISHER: ' 长清融媒 ',
				PUBLIC_DATE: '2026-12-06',
				PUBLIC_FEEDBACK: 'data@example.org'
			})
		).toEqual({
			publisher: '长清融媒',
			published: '2026-12-06',
			feedback: { href: 'mailto:data@example.org', text: 'data@example.org' },
			sourcesUpTo: '2025-01'
		});
		expect(imprint(data, { PUBLIC_FEEDBACK: 'https://example.org/fix' }).feedback).toEqual({
			href: 'https://example.org/fix',
			text: 'https://example.org/fix'
		});
	});

	it('stops the build on a malformed setting, naming it', () => {
		expect(() => imprint(data, { PUBLIC_DATE: '6 Dec 2026' })).toThrow(/PUBLIC_DATE/u);
		expect(() => imprint(data, { PUBLIC_FEEDBACK: 'javascript:alert(1)' })).toThrow(
			/PUBLIC_FEEDBACK/u
		);
		expect(() => imprint(data, { PUBLIC_FEEDBACK: 'http://example.org' })).toThrow(
			/PUBLIC_FEEDBACK/u
		);
	});
});
