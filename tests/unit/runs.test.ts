/** English text that quotes Chinese: the runs a page marks `lang="zh-CN"`. */
import { describe, expect, it } from 'vitest';
import { zhRuns } from '../../src/lib/i18n/runs';

describe('zhRuns', () => {
	it.each([
		['No Chinese here.', [['No Chinese here.', false]]],
		[
			'The report says 配建达标率, the plan 配套达标率.',
			[
				['The report says ', false],
				['配建达标率', true],
				[', the plan ', false],
				['配套达标率', true],
				['.', false]
			]
		],
		[
			'a floor of "24万吨以上" (grain)',
			[
				['a floor of "24', false],
				['万吨以上', true],
				['" (grain)', false]
			]
		],
		['专栏4', [['专栏4', true]]],
		[
			'“年均增长9%”',
			[
				['“', false],
				['年均增长9%', true],
				['”', false]
			]
		]
	])('cuts %j into its Chinese and other runs', (text, runs) => {
		expect(zhRuns(text).map((r) => [r.text, r.zh])).toEqual(runs);
		expect(
			zhRuns(text)
				.map((r) => r.text)
				.join('')
		).toBe(text);
	});
});
