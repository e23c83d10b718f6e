/** English text that quotes Chinese: the runs a page marks `lang="zh-CN"`. */
import { describe, expect, it } from 'vitest';
import { keepRuns, zhRuns } from '../../src/lib/i18n/runs';

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

describe('keepRuns', () => {
	it('keeps a short quoted term and a short aside whole, and the rest as it is', () => {
		expect(keepRuns('长清区三次产业结构（“十三五”末）')).toEqual([
			{ text: '长清区三次产业结构', keep: false },
			{ text: '（“十三五”末）', keep: true }
		]);
		expect(keepRuns('目标是“项目突破年”的')).toEqual([
			{ text: '目标是', keep: false },
			{ text: '“项目突破年”', keep: true },
			{ text: '的', keep: false }
		]);
		expect(keepRuns('粮食产量（万吨）')).toEqual([
			{ text: '粮食产量', keep: false },
			{ text: '（万吨）', keep: true }
		]);
	});

	it('keeps a year with its 年, and 年均, whole', () => {
		expect(keepRuns('“十四五”25项主要指标：2020年→2025年')).toEqual([
			{ text: '“十四五”', keep: true },
			{ text: '25项主要指标：', keep: false },
			{ text: '2020年', keep: true },
			{ text: '→', keep: false },
			{ text: '2025年', keep: true }
		]);
		expect(keepRuns('2021—2025年尚需年均')).toEqual([
			{ text: '2021—2025年', keep: true },
			{ text: '尚需', keep: false },
			{ text: '年均', keep: true }
		]);
	});

	it('lets a long quotation break as any sentence does', () => {
		const quote = '“东南连接泰山，西北紧邻黄河”';
		expect(keepRuns(quote)).toEqual([{ text: quote, keep: false }]);
		expect(keepRuns('')).toEqual([]);
	});
});
