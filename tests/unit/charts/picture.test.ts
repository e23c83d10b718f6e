/**
 * Every chart's picture — the standalone SVG every download, card and slide image is made
 * from — in every state and both languages, measured with the font it is drawn with: no line
 * of text leaves the canvas or lies on another, the title is there, and every figure the
 * chart's table lists is written out.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_IDS, chartBinding, loadCharts } from '../../../src/lib/charts/registry';
import type { ChartFigure } from '../../../src/lib/charts/types';
import { parseDataset } from '../../../src/lib/data/parse';
import { embedView } from '../../../src/lib/embed/embed.server';
import { createFormat } from '../../../src/lib/format/format';
import { lexicon } from '../../../src/lib/i18n/lexicon';
import { LOCALES } from '../../../src/lib/i18n/locale';
import { chartPicture, PICTURED } from '../../../src/lib/picture/charts.server';
import { downloadPicture, PHONE } from '../../../src/lib/picture/downloads.server';
import { fontMeasure } from '../../../src/lib/picture/fonts.server';
import { sceneText, text, textProblems } from '../../../src/lib/picture/scene';
import { readDataFiles } from '../../../src/lib/server/dataset';
import { picture as structurePicture } from '../../../src/lib/charts/industry-structure/picture';
import { PALETTE } from '../../../src/lib/picture/palette';

const dataset = parseDataset(readDataFiles(resolve(import.meta.dirname, '../../..')));
const measureOf = fontMeasure;
const origin = 'https://example.org';

await loadCharts(CHART_IDS);

/** The cited figures inside a chart's data, by id. */
function figuresIn(value: unknown, found = new Map<string, ChartFigure>()) {
	if (Array.isArray(value)) for (const v of value) figuresIn(v, found);
	else if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (typeof o.id === 'string' && typeof o.value === 'number' && typeof o.excerpt === 'string')
			found.set(o.id, o as unknown as ChartFigure);
		for (const v of Object.values(o)) figuresIn(v, found);
	}
	return found;
}

const squeeze = (s: string) => s.replace(/\s+/gu, '');

it('every chart has a picture', () => {
	expect(CHART_IDS.filter((id) => !PICTURED.includes(id))).toEqual([]);
});

const cases = CHART_IDS.flatMap((id) =>
	Object.keys(chartBinding(id).spec.states).flatMap((state) =>
		LOCALES.map((locale) => [id, state, locale] as const)
	)
);

describe('every chart’s picture, in every state and language, at 1200 px', () => {
	it.each(cases)('%s in state "%s" in %s', (id, state, locale) => {
		const picture = chartPicture(dataset, id, locale, state, { origin });
		expect(textProblems(picture.marks, measureOf(locale), picture)).toEqual([]);

		const written = squeeze(sceneText(picture.marks).join(' '));
		const { spec, words } = chartBinding(id);
		expect(written).toContain(squeeze(words[locale].title));

		const view = embedView(dataset, locale, id);
		const lex = lexicon(dataset, locale, view.data);
		const fmt = createFormat(locale, lex.units);
		const t = { locale, w: words[locale], lex, fmt };
		const figures = figuresIn(view.data);
		const listed = spec.table(view.data, spec.states[state], t).rows.flatMap((r) => r.figures);
		const missing = [...new Set(listed)]
			.map((fid) => figures.get(fid))
			.filter((f): f is ChartFigure => f !== undefined)
			.filter((f) => !written.includes(squeeze(fmt.quantity(f))))
			.map((f) => `${f.id} (${fmt.quantity(f)})`);
		expect(missing, 'figures in the table but not in the picture').toEqual([]);

		expect(picture.svg).not.toMatch(/<foreignObject|<style|<script|transform="(?!rotate\(45\))/u);
	});
});

describe('every chart’s picture for a phone (540 px in larger type), in both languages', () => {
	it.each(CHART_IDS.flatMap((id) => LOCALES.map((locale) => [id, locale] as const)))(
		'%s in %s: no text on text or off the canvas, its type larger than the 540 px download’s',
		(id, locale) => {
			const path = `${locale === 'en' ? '/en' : ''}/charts/phone/${id}.png`;
			const picture = downloadPicture(id, path, true);
			expect(picture.width).toBe(PHONE.width);
			expect(textProblems(picture.marks, measureOf(locale), picture)).toEqual([]);
			const titleSize = (marks: typeof picture.marks) =>
				Math.max(...marks.map((m) => (m.type === 'text' ? m.size : 0)));
			const plain = chartPicture(dataset, id, locale, 'final', { origin, width: PHONE.width });
			// the map alone keeps the 540 px type: its names need the room beside it
			if (id === 'locator-map')
				expect(titleSize(picture.marks)).toBeGreaterThanOrEqual(titleSize(plain.marks));
			else expect(titleSize(picture.marks)).toBeGreaterThan(titleSize(plain.marks));
		}
	);
});

describe('the overlap check', () => {
	it('names the labels that collide and the ones that leave the canvas', () => {
		const crowded = ['第一产业 10%', '第二产业 47.9%', '第三产业 42.1%'].map((label, i) =>
			text(20 + i * 60, 40, label, 24)
		);
		const problems = textProblems([...crowded, text(380, 40, 'Changqing', 24)], measureOf('zh'), {
			width: 400,
			height: 100
		});
		expect(problems).toContain('"第一产业 10%" overlaps "第二产业 47.9%"');
		expect(problems).toContain('"第二产业 47.9%" overlaps "第三产业 42.1%"');
		expect(problems.some((p) => p.startsWith('"Changqing" leaves the 400×100 canvas'))).toBe(true);
	});

	it('passes lines set one under the other', () => {
		const stacked = [text(20, 40, ['第一产业', '10%'], 24), text(20, 110, '第二产业', 24)];
		expect(textProblems(stacked, measureOf('zh'), { width: 400, height: 200 })).toEqual([]);
	});
});

describe('a chart laid out too narrow', () => {
	it('fails the check: the industry structure in 180 px puts two labels on each other', () => {
		const { spec, words } = chartBinding('industry-structure');
		const data = spec.prepare(dataset);
		const lex = lexicon(dataset, 'zh', data);
		const t = { locale: 'zh' as const, w: words.zh, lex, fmt: createFormat('zh', lex.units) };
		const scene = structurePicture.layout(data, spec.states.final, t, {
			x: 0,
			y: 0,
			width: 180,
			measure: measureOf('zh'),
			size: { label: 24, value: 24, small: 20 },
			palette: PALETTE
		});
		expect(
			textProblems(scene.marks, measureOf('zh'), { width: 180, height: scene.height })
		).toContain('"第一产业" overlaps "第三产业"');
	});
});
