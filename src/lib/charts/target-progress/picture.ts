/**
 * The 2025 targets as a picture: one row per target, under a rule, with its name and its
 * status badge. A row judged on pace draws its bullet bar from the 2020 baseline (left end,
 * labelled under it) to the 2025 target (right end, hatched: the way aimed at), the way
 * covered solid with the later figure written over its end, a dashed tick where the plan
 * period had got to, and a line of the growth achieved and still needed; any other row
 * writes both numbers, tags the later one when it measures something else, and gives the
 * caveat in full. Rows the state does not talk about keep their words in soft ink and fade
 * their bars. A key to the tick (and to the ≠ of a figure the sources disagree on) closes it.
 */
import { STATUS_LABELS } from '$lib/data/labels';
import type { Status } from '$lib/data/status';
import { MESSAGES } from '$lib/i18n/all-messages';
import { zhRuns } from '$lib/i18n/runs';
import { DIMMED } from '$lib/picture/palette';
import { text, textHeight, type Mark } from '$lib/picture/scene';
import { breakUnits, NO_START, wrap, type Measure, type Weight } from '$lib/picture/text';
import { definePicture } from '$lib/picture/types';
import type { ChartFigure } from '../types';
import { lit, type TargetProgressData, type TargetProgressState } from './spec';
import type { Words } from './zh';

/** The status badge's shape and colours (StatusBadge.svelte's, which keeps them in its CSS). */
const BADGE: Record<Status, { shape: string; ink: string; ground: string }> = {
	achieved: { shape: '✓', ink: '#1f6b2e', ground: '#e6f3e8' },
	'on-track': { shape: '↗', ink: '#0b5d5b', ground: '#e3efed' },
	behind: { shape: '!', ink: '#8a3413', ground: '#fbeae3' },
	// the picture font has no ✕: its multiplication sign is the same cross
	missed: { shape: '×', ink: '#7a1f1f', ground: '#f8e1e1' },
	'no-data': { shape: '…', ink: '#555555', ground: '#f0eeea' }
};

/** A piece of a line of words in one style; a tag is boxed and never broken. */
interface Run {
	text: string;
	fill: string;
	weight?: Weight;
	tag?: boolean;
	lang?: string;
	/** Room before it, in px, unless it starts a line: a thin space the font has no glyph for. */
	space?: number;
}

interface Flowed {
	marks: Mark[];
	/** How many lines it took. */
	lines: number;
	/** Where the last line ends. */
	end: number;
}

/**
 * Runs set one after another from `x`, broken between their units (CJK-aware, as `wrap`
 * breaks) so no line passes `width`: the picture's way of writing a bold number inside a
 * sentence. `y` is the first line's baseline.
 */
function flow(
	runs: Run[],
	x: number,
	y: number,
	width: number,
	size: number,
	measure: Measure,
	leading: number
): Flowed {
	const tagSize = size * 0.85;
	const tagPad = tagSize * 0.3;
	const tagGap = size * 0.35;
	const units = runs.flatMap((run) =>
		run.tag
			? [run]
			: breakUnits(run.text).map((u, i) => ({ ...run, text: u, ...(i ? { space: 0 } : {}) }))
	);
	const widthOf = (u: Run) =>
		(u.space ?? 0) +
		(u.tag
			? tagGap + measure.width(u.text, tagSize, 700) + 2 * tagPad
			: measure.width(u.text, size, u.weight ?? 400));
	// units to lines, greedily
	const lines: Run[][] = [[]];
	let used = 0;
	for (const unit of units) {
		const line = lines[lines.length - 1]!;
		const w = widthOf({ ...unit, text: unit.text.trimEnd() });
		if (line.length && used + w > width) {
			if (unit.text.trim() === '') continue;
			// a run that opens with a closing mark ("，2024年…") takes the unit before it along:
			// a line never starts with a comma, across runs as within one
			// (with the signs and numbers glued to it: "+16.3%，" goes down whole)
			const carried: Run[] = [];
			if (NO_START.has([...unit.text][0]!))
				while (line.length > 1) {
					carried.unshift(line.pop()!);
					if (/[\s\p{Script=Han}]$/u.test(line[line.length - 1]!.text)) break;
				}
			const next = [...carried, unit].map((u, i) =>
				i ? u : { ...u, text: u.text.trimStart(), space: 0 }
			);
			lines.push(next);
			used = next.reduce((sum, u) => sum + widthOf(u), 0);
		} else {
			line.push(unit);
			used += widthOf(unit);
		}
	}
	const marks: Mark[] = [];
	let end = x;
	lines.forEach((line, i) => {
		const base = y + i * size * leading;
		// units of one style side by side become one text mark
		const pieces: Run[] = [];
		for (const u of line) {
			const last = pieces[pieces.length - 1];
			if (
				last &&
				!last.tag &&
				!u.tag &&
				!u.space &&
				last.fill === u.fill &&
				last.weight === u.weight &&
				last.lang === u.lang
			)
				last.text += u.text;
			else pieces.push({ ...u });
		}
		const lastPiece = pieces[pieces.length - 1];
		if (lastPiece && !lastPiece.tag) lastPiece.text = lastPiece.text.trimEnd();
		let at = x;
		for (const p of pieces) {
			at += p.space ?? 0;
			if (p.tag) {
				const w = measure.width(p.text, tagSize, 700);
				const left = at + tagGap;
				marks.push(
					{
						type: 'rect',
						x: left,
						y: base - measure.ascent * tagSize - tagPad * 0.6,
						width: w + 2 * tagPad,
						height: (measure.ascent + measure.descent) * tagSize + tagPad * 1.2,
						rx: tagSize * 0.15,
						fill: 'none',
						stroke: p.fill,
						strokeWidth: 1
					},
					text(left + tagPad, base, p.text, tagSize, { weight: 700, fill: p.fill })
				);
				at = left + w + 2 * tagPad;
			} else {
				// SVG drops a text's outer spaces: they become advance instead
				const lead = measure.width(/^\s*/u.exec(p.text)![0], size, p.weight ?? 400);
				if (p.text.trim() !== '')
					marks.push(
						text(at + lead, base, p.text.trim(), size, {
							fill: p.fill,
							...(p.weight === 700 ? { weight: 700 as const } : {}),
							...(p.lang ? { lang: p.lang } : {})
						})
					);
				at += measure.width(p.text, size, p.weight ?? 400);
			}
		}
		end = at;
	});
	return { marks, lines: lines.length, end };
}

/** The width runs take on one line. */
const runsWidth = (runs: Run[], size: number, measure: Measure) =>
	runs.reduce((sum, r) => sum + (r.space ?? 0) + measure.width(r.text, size, r.weight ?? 400), 0);

export const picture = definePicture<TargetProgressData, TargetProgressState, Words>({
	layout(data, state, { w, lex, fmt, locale }, { x, y, width, measure, size, palette }) {
		const m = MESSAGES[locale];
		const leading = 1.35;
		const small = size.small;
		const line = small * leading;
		const ascent = (s: number) => measure.ascent * s;
		const marks: Mark[] = [];
		let flagged = false;
		/** The dashed tick of the time gone by, on the bars and in the key. */
		const tickStroke = {
			stroke: palette.ink,
			strokeWidth: small * 0.1,
			dash: `${small * 0.2} ${small * 0.15}`
		};

		/** A figure's value as a run, with the flag of a figure the sources disagree on. */
		const value = (f: ChartFigure, on: boolean): Run[] => {
			const runs: Run[] = [
				{ text: fmt.quantity(f), fill: on ? palette.ink : palette.inkSoft, weight: on ? 700 : 400 }
			];
			if (f.conflicts?.length) {
				flagged = true;
				// after a thin space: the Chinese picture font has none to set
				runs.push({ text: '≠', fill: runs[0]!.fill, space: small / 6 });
			}
			return runs;
		};
		const soft = (s: string): Run => ({ text: s, fill: palette.inkSoft });
		/** Words from the sources: in English, their Chinese runs marked as Chinese. */
		const quoted = (s: string, fill: string): Run[] =>
			locale === 'zh'
				? [{ text: s, fill }]
				: zhRuns(s).map((r) => ({ text: r.text, fill, ...(r.zh ? { lang: 'zh-CN' } : {}) }));

		/** A rule across the chart: above each row, and under the last. */
		const rule = (at: number) =>
			marks.push({
				type: 'line',
				x1: x,
				x2: x + width,
				y1: at,
				y2: at,
				stroke: palette.rule,
				strokeWidth: 1
			});

		let top = y;
		for (const r of data.rows) {
			const on = lit(r, state);
			rule(top);
			top += small * 0.5;

			// the head: the name, wrapped clear of the badge on the right
			const badge = BADGE[r.status];
			const badgeText = `${badge.shape} ${STATUS_LABELS[r.status][locale]}`;
			const badgeWidth = measure.width(badgeText, small) + small;
			const badgeHeight = small * 1.45;
			const nameLines = wrap(
				lex.metrics[r.target.id] ?? r.target.id,
				width - badgeWidth - size.label,
				size.label,
				measure,
				on ? 700 : 400
			);
			marks.push(
				text(x, top + ascent(size.label), nameLines, size.label, {
					weight: on ? 700 : 400,
					fill: on ? palette.ink : palette.inkSoft
				}),
				{
					type: 'rect',
					x: x + width - badgeWidth,
					y: top + (size.label - badgeHeight) / 2,
					width: badgeWidth,
					height: badgeHeight,
					rx: badgeHeight / 2,
					fill: on ? badge.ground : palette.paper,
					stroke: on ? badge.ink : palette.rule,
					strokeWidth: 1
				},
				text(
					x + width - badgeWidth / 2,
					top + size.label / 2 + (ascent(small) - measure.descent * small) / 2,
					badgeText,
					small,
					{
						anchor: 'middle',
						fill: on ? badge.ink : palette.inkSoft
					}
				)
			);
			top += textHeight(nameLines.length, size.label) + small * 0.6;

			const later: Run[] = [soft(`${w.at({ year: r.later.year })} `)];
			if (r.caveat) later.push(...quoted(`${lex.metrics[r.later.id] ?? ''} `, palette.inkSoft));
			later.push(...value(r.later, on));
			if (r.later.kind === 'estimate') later.push(soft(w.estimate));
			const yearly = r.target.measure === 'growth';
			const goal: Run[] = [
				soft(`${w.goal({ year: r.target.year })} ${yearly ? w.yearly.before : ''}`),
				...value(r.target, on),
				...(yearly && w.yearly.after ? [soft(w.yearly.after)] : [])
			];
			/**
			 * The target, flush right on the line at `lineTop`, or on the next one when the text
			 * before it ends (at `end`) where it would start; returns the top of its line.
			 */
			const placeGoal = (end: number, lineTop: number) => {
				const goalWidth = runsWidth(goal, small, measure);
				const goalTop = end + small > x + width - goalWidth ? lineTop + line : lineTop;
				const at = flow(
					goal,
					x + width - goalWidth,
					goalTop + ascent(small),
					width,
					small,
					measure,
					leading
				);
				marks.push(...at.marks);
				return goalTop;
			};

			if (r.progress !== undefined && r.elapsed !== undefined && r.baseline) {
				// over the bar, the later figure at the end of the way covered
				const done = Math.min(Math.max(r.progress, 0), 1);
				const laterWidth = runsWidth(later, small, measure);
				const laterX = Math.min(
					Math.max(x + done * width - laterWidth / 2, x),
					x + width - laterWidth
				);
				marks.push(
					...flow(later, laterX, top + ascent(small), width, small, measure, leading).marks
				);
				top += small + small * 0.5;

				const barHeight = small * 1.1;
				const tick = barHeight * 0.3;
				const fade = on ? {} : { opacity: DIMMED };
				marks.push(
					{
						type: 'rect',
						x,
						y: top,
						width,
						height: barHeight,
						fill: palette.accent,
						hatch: true,
						stroke: palette.accent,
						strokeWidth: 1,
						...fade
					},
					{
						type: 'rect',
						x,
						y: top,
						width: done * width,
						height: barHeight,
						fill: palette.accent,
						...fade
					},
					{
						type: 'line',
						x1: x + r.elapsed * width,
						x2: x + r.elapsed * width,
						y1: top - tick,
						y2: top + barHeight + tick,
						...tickStroke,
						...fade
					}
				);
				top += barHeight + tick + small * 0.3;

				// under the bar: the baseline at its left end, the target at its right
				const base: Run[] = [soft(`${w.at({ year: r.baseline.year })} `), ...value(r.baseline, on)];
				const baseFlow = flow(base, x, top + ascent(small), width, small, measure, leading);
				marks.push(...baseFlow.marks);
				top = placeGoal(baseFlow.end, top) + line;

				// the rates: the way covered, the growth achieved and still needed, 2024's target
				const rate = (n: number): Run => ({
					text: fmt.growth(n, 1),
					fill: on ? palette.ink : palette.inkSoft,
					weight: on ? 700 : 400
				});
				const rates: Run[] = [
					soft(
						`${w.done({ share: fmt.percent(r.progress * 100) })}${w.rates.join}${w.rates.achieved} `
					),
					rate(r.achievedGrowth!),
					soft(`${w.rates.perYear}${w.rates.join}${w.rates.needed} `),
					rate(r.neededGrowth!),
					soft(w.rates.perYear)
				];
				if (r.target2024)
					rates.push(soft(`${w.rates.join}${w.target2024} `), ...value(r.target2024, on));
				const ratesFlow = flow(rates, x, top + ascent(small), width, small, measure, leading);
				marks.push(...ratesFlow.marks);
				top += ratesFlow.lines * line;
			} else {
				// both numbers on a line (the target to the right), then why they do not compare
				if (r.caveat && r.progress === undefined)
					later.push({ text: w.unlike, fill: on ? palette.ink : palette.inkSoft, tag: true });
				const laterFlow = flow(later, x, top + ascent(small), width, small, measure, leading);
				marks.push(...laterFlow.marks);
				top = placeGoal(laterFlow.end, top + (laterFlow.lines - 1) * line) + line;
				const caveat = lex.terms.caveat[r.target.id];
				if (r.caveat && caveat) {
					const caveatFlow = flow(
						quoted(caveat, palette.inkSoft),
						x,
						top + ascent(small),
						width,
						small,
						measure,
						leading
					);
					marks.push(...caveatFlow.marks);
					top += caveatFlow.lines * line;
				}
			}
			top += small * 0.5;
		}
		rule(top);
		top += small * 0.6;

		// the key: the dashed tick on the right, the conflict flag on the left
		const keyBase = top + ascent(small);
		const keyWidth = measure.width(w.elapsed, small);
		const tickX = x + width - keyWidth - small * 0.6;
		marks.push(
			{
				type: 'line',
				x1: tickX,
				x2: tickX,
				y1: top - small * 0.05,
				y2: top + small * 1.05,
				...tickStroke
			},
			text(x + width, keyBase, w.elapsed, small, { anchor: 'end', fill: palette.inkSoft })
		);
		if (flagged) {
			// the flag a mark of its own: a space after it would fall between two fonts' runs
			const flag = measure.width('≠', small) + small * 0.3;
			const note = wrap(m.chart.conflict, tickX - x - flag - small * 2, small, measure);
			marks.push(
				text(x, keyBase, '≠', small, { fill: palette.inkSoft }),
				text(x + flag, keyBase, note, small, { fill: palette.inkSoft })
			);
			top += Math.max(textHeight(note.length, small), small * 1.1);
		} else top += small * 1.1;
		return { marks, height: top - y };
	}
});
