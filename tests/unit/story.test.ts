/**
 * The story and its charts as data: every chapter's copy resolves against the real dataset,
 * every step names a state its chart has, and every chart describes and tabulates each state.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_SPECS } from '../../src/lib/charts/registry';
import { parseDataset } from '../../src/lib/data/parse';
import { readDataFiles } from '../../src/lib/server/dataset';
import { CHAPTER_ORDER, chapters, storyView } from '../../src/lib/story/story';

const data = parseDataset(readDataFiles(resolve(import.meta.dirname, '../..')));

describe('the story', () => {
	const view = storyView(data);

	it('has every listed chapter, in order, with unique ids', () => {
		expect(view.chapters.map((c) => c.id)).toEqual([...CHAPTER_ORDER]);
		expect(new Set(chapters().map((c) => c.id)).size).toBe(CHAPTER_ORDER.length);
	});

	it.each(chapters().map((c) => [c.id, c] as const))(
		'chapter "%s" names its chart’s states and has unique step ids',
		(_, chapter) => {
			const spec = CHART_SPECS[chapter.chart]!;
			expect(spec, chapter.chart).toBeDefined();
			for (const step of chapter.steps) expect(Object.keys(spec.states)).toContain(step.state);
			expect(new Set(chapter.steps.map((s) => s.id)).size).toBe(chapter.steps.length);
			expect(chapter.steps.length).toBeGreaterThan(1);
		}
	);

	it('never types a digit into its copy: numbers come through tokens', () => {
		for (const chapter of chapters()) {
			const copy = [...(chapter.intro ?? []), ...chapter.steps.flatMap((s) => s.text)];
			for (const paragraph of copy) {
				const untokened = paragraph.replace(/\{[^}]*\}/gu, '');
				// years, and names such as "2+2" and "专栏1", are words, not figures
				const stray = untokened.replace(/(19|20)\d\d年?|2\+2|“\d\+\d”|专栏\d/gu, '');
				expect(stray, `${chapter.id}: ${paragraph}`).not.toMatch(/\d/u);
			}
		}
	});
});

describe.each(Object.values(CHART_SPECS).map((s) => [s.id, s] as const))(
	'the chart "%s"',
	(_, spec) => {
		const prepared = spec.prepare(data);

		it('has a final state, the one shown without scripts', () => {
			expect(spec.states.final).toBeDefined();
		});

		it.each(Object.keys(spec.states))('describes and tabulates its state "%s"', (name) => {
			const state = spec.states[name];
			expect(spec.describe(prepared, state).length).toBeGreaterThan(10);
			const table = spec.table(prepared, state);
			expect(table.rows.length).toBeGreaterThan(0);
			for (const row of table.rows) {
				expect(row.cells.length).toBe(table.columns.length);
				for (const id of row.figures)
					expect(
						data.figures.some((f) => f.id === id),
						id
					).toBe(true);
			}
		});

		it('carries plain JSON to the browser', () => {
			expect(JSON.parse(JSON.stringify(prepared))).toEqual(prepared);
		});
	}
);
