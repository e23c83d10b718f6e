/**
 * The editorial rules behind the second pass of issue 21, each as behaviour a careful reader
 * would check: a sum of floors is a floor; no verdict on a row whose later figure measures
 * something else; a flag (≠) only where the sources disagree about one measure; a change of a
 * share in percentage points; a growth target read as a 2021–2025 average; a size class is not
 * an amount; a chapter title does not repeat its kicker.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartFigure } from '../../src/lib/charts/figures';
import { spec as industryPivot } from '../../src/lib/charts/industry-pivot/spec';
import { words as pivotWords } from '../../src/lib/charts/industry-pivot/zh';
import { spec as planTargets } from '../../src/lib/charts/plan-targets/spec';
import { words as planZh } from '../../src/lib/charts/plan-targets/zh';
import { words as planEn } from '../../src/lib/charts/plan-targets/en';
import { spec as progress } from '../../src/lib/charts/target-progress/spec';
import { sumOf } from '../../src/lib/data/derive';
import { DatasetError, parseDataset, typeProblem } from '../../src/lib/data/parse';
import { DISAGREEMENTS, type Figure } from '../../src/lib/data/schema';
import { createFormat } from '../../src/lib/format/format';
import { lexicon } from '../../src/lib/i18n/lexicon';
import { MESSAGES } from '../../src/lib/i18n/all-messages';
import { readDataFiles } from '../../src/lib/server/dataset';
import { resolveText } from '../../src/lib/story/copy';
import { segmentText } from '../../src/lib/story/plain';
import { CHAPTER_ORDER, storyView } from '../../src/lib/story/story';

const ROOT = resolve(import.meta.dirname, '../..');
const dataset = parseDataset(readDataFiles(ROOT));
const byId = new Map(dataset.figures.map((f) => [f.id, f]));

describe('a sum of bounds', () => {
	it('is exact for exact parts, a floor for floors, a ceiling for ceilings', () => {
		expect(sumOf([{ value: 80 }, { value: 107 }])).toEqual({ value: 187 });
		expect(
			sumOf([
				{ value: 80, qualifier: '>=' },
				{ value: 107, qualifier: '>=' }
			])
		).toEqual({
			value: 187,
			qualifier: '>='
		});
		expect(sumOf([{ value: 80, qualifier: '>=' }, { value: 107 }])).toEqual({
			value: 187,
			qualifier: '>='
		});
		expect(
			sumOf([
				{ value: 1, qualifier: '>' },
				{ value: 2, qualifier: '>=' }
			])?.qualifier
		).toBe('>');
		expect(sumOf([{ value: 1, qualifier: '<=' }, { value: 2 }])?.qualifier).toBe('<=');
	});

	it('says nothing for a floor with a ceiling, or an approximate part', () => {
		expect(
			sumOf([
				{ value: 1, qualifier: '>=' },
				{ value: 2, qualifier: '<=' }
			])
		).toBeUndefined();
		expect(sumOf([{ value: 1, qualifier: 'about' }, { value: 2 }])).toBeUndefined();
	});

	it('reads "187个以上" in the copy where two floors are added', () => {
		const [segment] = resolveText(
			dataset,
			'{sum:key-projects-new-starts-2025-plan:key-projects-continued-2025-plan}',
			'test'
		);
		expect(segment).toMatchObject({ kind: 'derived', how: 'sum', value: 187, qualifier: '>=' });
		const fmt = createFormat('zh', {});
		expect(fmt.quantity({ value: 187, unit: '个', qualifier: '>=' })).toBe('187个以上');
	});

	it('is what the projects chapter says of the 2025 new starts and continued projects', () => {
		for (const locale of ['zh', 'en']) {
			const copy = readFileSync(resolve(ROOT, `src/lib/story/copy/${locale}/projects.ts`), 'utf8');
			expect(copy).toContain(
				'{sum:key-projects-new-starts-2025-plan:key-projects-continued-2025-plan}'
			);
			expect(copy).not.toMatch(/相加不到|fewer than the \{fig:key-projects-2025-plan\}/u);
		}
	});
});

describe('how far a figure is from its target, per person', () => {
	it('reads the urban income still to go as the target less the latest, in yuan', () => {
		const [segment] = resolveText(
			dataset,
			'{gap:urban-income-2023-actual:urban-income-2025-target}',
			'test'
		);
		expect(segment).toMatchObject({ kind: 'derived', how: 'gap', value: 61120 - 51484 });
		expect(createFormat('zh', {}).quantity({ value: 9636, unit: '元' })).toBe('9,636元');
	});

	it('refuses a gap to a floor, or to an earlier or smaller figure', () => {
		expect(() =>
			resolveText(dataset, '{gap:urban-income-2025-target:urban-income-2023-actual}', 'test')
		).toThrow(/later and larger/u);
		expect(() =>
			resolveText(
				dataset,
				'{gap:key-projects-new-starts-2025-plan:key-projects-continued-2025-plan}',
				'test'
			)
		).toThrow(/exact figures/u);
	});
});

describe('a row whose later figure measures something else', () => {
	it('gets no verdict, in the chart or on the desk', () => {
		const rows = progress.prepare(dataset).rows;
		const caveated = dataset.progress.filter((r) => r.caveat_zh !== undefined);
		expect(caveated.length).toBeGreaterThan(0);
		for (const entry of caveated) {
			const row = rows.find((r) => r.target.id === entry.target)!;
			expect(row.status, entry.target).toBe('no-data');
		}
	});

	it('fails the data check when its later figure shares the target’s series', () => {
		const files = readDataFiles(resolve(ROOT, 'tests/fixtures/valid'));
		files['data/progress.yaml'] = [
			'- target: budget-revenue-2025-target',
			'  later: [budget-revenue-2023-actual]',
			'  caveat_zh: 口径不同',
			'  caveat_en: Measured differently'
		].join('\n');
		let message = '';
		try {
			parseDataset(files);
		} catch (error) {
			expect(error).toBeInstanceOf(DatasetError);
			message = (error as Error).message;
		}
		expect(message).toContain(
			"has a caveat (its later figure measures something else), yet budget-revenue-2023-actual shares the target's series"
		);
	});

	it('keeps the elderly-care facilities 配套 (plan) and 配建 (work report) apart', () => {
		const rows = progress.prepare(dataset).rows;
		const row = rows.find(
			(r) => r.target.id === 'community-elderly-facility-compliance-2025-target'
		)!;
		expect(row.status).toBe('no-data');
		expect(row.caveat).toBe(true);
	});
});

describe('the ≠ flag', () => {
	const flagged = (id: string) => chartFigure(dataset, id).conflicts !== undefined;

	it('is raised only by entries where the sources disagree', () => {
		for (const c of dataset.conflicts)
			for (const id of c.figures)
				if (!DISAGREEMENTS.includes(c.type))
					expect(
						chartFigure(dataset, id).conflicts ?? [],
						`${c.id} (${c.type}) must not flag ${id}`
					).not.toContain(c.id);
	});

	it('is not on a figure that agrees: urban income’s 61,120 yuan is 7% a year to the yuan', () => {
		expect(flagged('urban-income-2025-target')).toBe(false);
		expect(flagged('urban-income-growth-2025-target')).toBe(false);
	});

	it('is not on a baseline the table states once, nor on another place’s figure', () => {
		expect(flagged('population-2020-baseline')).toBe(false);
		expect(flagged('population-2025-target')).toBe(true);
		for (const f of dataset.figures)
			if (f.scope !== 'changqing') expect(flagged(f.id), f.id).toBe(false);
	});

	it('is not on a size class: 二百亿级 is a class, shown as one, in no conflict', () => {
		const cluster = byId.get('intelligent-manufacturing-cluster-2025-target')!;
		expect(cluster.qualifier).toBe('class');
		expect(createFormat('zh', {}).quantity(cluster)).toBe('200亿元级');
		expect(dataset.conflicts.flatMap((c) => c.figures)).not.toContain(cluster.id);
	});

	it('is not raised for two figures of different years: that is a change', () => {
		const a = byId.get('university-town-colleges-2020-baseline')!;
		const b = byId.get('university-town-colleges-2023-actual')!;
		expect(typeProblem('values', [a, b])).toMatch(/a change, not a disagreement/u);
		expect(typeProblem('definition', [a, b])).toBeUndefined();
	});

	it('asks a comparison for another place’s figure, and a disagreement for Changqing’s alone', () => {
		const jinan = dataset.figures.find((f) => f.scope === 'jinan' && f.unit === '‰')!;
		const own = dataset.figures.find(
			(f) => f.scope === 'changqing' && f.unit === '‰' && f.kind === 'target'
		)!;
		expect(typeProblem('values', [own, jinan])).toMatch(/comparison/u);
		expect(typeProblem('comparison', [own, jinan])).toBeUndefined();
	});

	it('marks the plan-targets rows whose figures the sources contradict', () => {
		const rows = planTargets.prepare(dataset).rows;
		const marked = rows.filter((r) => r.conflict).map((r) => r.no);
		// population (1), patents (11), doctors (22), grain (25); GDP growth and rural income are in
		// a note (the text wants rural income to outgrow GDP), not a disagreement about one measure
		expect(marked).toEqual([1, 11, 22, 25]);
	});
});

describe('parts that do not make the whole', () => {
	it('are recorded for the 2023 reserve: 122 + 44 of 194 major projects', () => {
		const entry = dataset.conflicts.find((c) => c.id === 'major-project-reserve-2023')!;
		expect(entry.type).toBe('incomplete');
		const parts = entry.figures.map((id) => byId.get(id)!.value);
		expect(parts).toEqual([194, 122, 44]);
	});

	it('are not "incomplete" when they add up to the whole', () => {
		const f = (value: number): Figure => ({
			...byId.get('major-project-reserve-2023-actual')!,
			value
		});
		expect(typeProblem('incomplete', [f(10), f(4), f(6)])).toMatch(/summing to less/u);
	});
});

describe('the plan-targets chart', () => {
	const data = planTargets.prepare(dataset);
	const row = (no: number) => data.rows.find((r) => r.no === no)!;
	const text = (locale: 'zh' | 'en') => {
		const lex = lexicon(dataset, locale, data);
		const w = locale === 'zh' ? planZh : planEn;
		return { locale, w, lex, fmt: createFormat(locale, lex.units) };
	};

	it('gives a share’s change in percentage points, not as a relative %', () => {
		const urbanisation = row(2);
		expect(urbanisation.kind).toBe('points');
		expect(urbanisation.change).toBeCloseTo(2.7, 5);
		const zh = planTargets.describe(data, planTargets.states.final!, text('zh'));
		expect(zh).toContain('+2.7个百分点');
		expect(zh).not.toContain('+4.7%');
		const en = planTargets.describe(data, planTargets.states.final!, text('en'));
		expect(en).toContain('+2.7 points');
	});

	it('makes the rise to a floor a floor: "+10个百分点以上" is not said of "超过50%"', () => {
		const digital = row(8);
		expect(digital.kind).toBe('points');
		expect(planTargets.describe(data, planTargets.states.final!, text('zh'))).toContain(
			'超过10个百分点'
		);
	});

	it('reads a growth target as a 2021–2025 average, never as one year’s rate', () => {
		const zh = planTargets.describe(data, planTargets.states.final!, text('zh'));
		expect(zh).toContain('2021—2025年年均目标9%');
		const en = planTargets.describe(data, planTargets.states.final!, text('en'));
		expect(en).not.toMatch(/to 9% in 2025/u);
		expect(en).toContain('9% a year on average over 2021–2025');
		const table = planTargets.table(data, planTargets.states.final!, text('zh'));
		expect(table.rows.find((r) => r.cells[0]!.startsWith('地区生产总值增速'))!.cells[3]).toBe(
			'年均9%'
		);
	});
});

describe('the industry pivot', () => {
	it('draws only main business revenue as bars; output and tourism income are written out', () => {
		const data = industryPivot.prepare(dataset);
		const bars = data.industries.filter((i) => i.target?.bar).map((i) => i.target!.figure.id);
		const words = data.industries
			.filter((i) => i.target && !i.target.bar)
			.map((i) => i.target!.figure.id);
		expect(bars).toEqual([
			'intelligent-manufacturing-revenue-2025-target',
			'energy-saving-revenue-2025-target'
		]);
		expect(words).toEqual(['construction-output-2025-target', 'tourism-revenue-2025-target']);
		expect(pivotWords.title).not.toContain('3+4');
	});
});

describe('chapter titles', () => {
	it('do not repeat their kicker', async () => {
		for (const locale of ['zh', 'en'] as const)
			for (const id of CHAPTER_ORDER) {
				const { copy } = (await import(`../../src/lib/story/copy/${locale}/${id}.ts`)) as {
					copy: { kicker: string; title: string };
				};
				expect(
					copy.title.toLowerCase().startsWith(copy.kicker.toLowerCase()),
					`${locale}/${id}`
				).toBe(false);
			}
	});

	it('make page titles with one colon at most (no “Industry: Priority industries: …”)', async () => {
		for (const locale of ['zh', 'en'] as const)
			for (const id of CHAPTER_ORDER) {
				const { copy } = (await import(`../../src/lib/story/copy/${locale}/${id}.ts`)) as {
					copy: { kicker: string; title: string };
				};
				const title = MESSAGES[locale].story.chapterPageTitle({ ...copy, site: 'site' });
				expect(title.match(/[:：]/gu)?.length ?? 0, title).toBeLessThanOrEqual(1);
			}
	});
});

describe('the story as it reads, numbers filled in', () => {
	/** Every paragraph and slide line of the story in a locale, as plain text with each number as it shows. */
	function paragraphs(locale: 'zh' | 'en'): string[] {
		const lex = lexicon(dataset, locale);
		const fmt = createFormat(locale, lex.units);
		// the story's paragraphs and each step's slide words, as a reader and a hall read them
		return storyView(dataset, locale).chapters.flatMap((c) =>
			[
				c.intro,
				...c.steps.map((s) => s.text),
				c.notes,
				...c.steps.map((s) => [s.slide.title, ...s.slide.lines])
			]
				.flat()
				.map((segments) => segmentText(segments, fmt))
		);
	}

	it('has no doubled word in English where a number’s qualifier meets the copy (“at at least”)', () => {
		const doubled = paragraphs('en').flatMap((p) =>
			[...p.matchAll(/(?<![\p{L}\d])(\p{L}+)\s+\1(?![\p{L}\d])/giu)].map((m) => m[0])
		);
		expect(doubled).toEqual([]);
	});

	it('has no doubled or clashing punctuation in Chinese (“？。”, “。。”)', () => {
		const clashes = paragraphs('zh').flatMap((p) =>
			[...p.matchAll(/[，。；：？！、]{2}/gu)].map((m) => m[0])
		);
		expect(clashes).toEqual([]);
	});

	it('never says a floor is “more than” itself: no “more than at least” or “超过…以上”', () => {
		expect(paragraphs('en').filter((p) => /more than at least|over at least/u.test(p))).toEqual([]);
		expect(paragraphs('zh').filter((p) => /超过[\d.,]+[^，。；\d]*以上/u.test(p))).toEqual([]);
	});
});

describe('numbers this report computes', () => {
	it('are marked as this report’s in the words a reader sees, not only in a hover title', () => {
		for (const [locale, mark] of [
			['zh', '本报道'],
			['en', 'this report’s']
		] as const)
			for (const id of CHAPTER_ORDER) {
				const source = readFileSync(resolve(ROOT, `src/lib/story/copy/${locale}/${id}.ts`), 'utf8');
				// a slide, which an official projects, may say 据公开数据测算: computed, by whom is the
				// speaker's to say; a paragraph of the story says it is this report's
				const slides = source.indexOf('slides: {');
				const slideMark = locale === 'zh' ? '据公开数据测算' : mark;
				const unmarked = source.split('\n').filter((line, i, all) => {
					if (!/\{(cagr|needed|ratio|sum):/u.test(line)) return false;
					const inSlides = slides >= 0 && all.slice(0, i).join('\n').length >= slides;
					return !line.includes(inSlides ? slideMark : mark);
				});
				expect(unmarked, `${locale}/${id}`).toEqual([]);
			}
	});
});
