/**
 * Figures derived from the dataset: growth rates, progress towards targets, the growth still
 * needed. All in one module so the story, the data desk and the exports agree. Rates are in
 * percent per year, like the growth figures of the sources.
 */
import type { Figure, Qualifier } from './schema';

/** A value at a year: what the growth helpers need from a figure. */
export interface Point {
	year: number;
	value: number;
}

/**
 * Compound annual growth, in % per year, that turns `start` into `end` over `years` years.
 * Undefined when it has no meaning: no time between them, or a start or end at or below zero.
 */
export function cagr(start: number, end: number, years: number): number | undefined {
	if (!(years > 0) || !(start > 0) || !(end > 0)) return undefined;
	return (Math.pow(end / start, 1 / years) - 1) * 100;
}

/** Compound annual growth between two points in time. */
export function growthBetween(from: Point, to: Point): number | undefined {
	return cagr(from.value, to.value, to.year - from.year);
}

/**
 * How far `latest` has come from `baseline` towards `target`: 0 at the baseline, 1 on the
 * target, above 1 beyond it. Works for targets below the baseline too (a falling death rate).
 * Undefined when the target equals the baseline: there is no distance to cover.
 */
export function progress(baseline: number, target: number, latest: number): number | undefined {
	if (target === baseline) return undefined;
	return (latest - baseline) / (target - baseline);
}

/**
 * The yearly growth, in %, needed from the latest value to reach the target in its year.
 * Zero or negative when the target is already reached.
 */
export function neededGrowth(latest: Point, target: Point): number | undefined {
	return growthBetween(latest, target);
}

/**
 * The sum of amounts that may be bounds, with what can be said of it: exact parts give an exact
 * sum; floors (以上, 超过) give a floor, for the parts may be larger; ceilings give a ceiling.
 * Undefined where nothing can be said: a floor with a ceiling, or an approximate part.
 */
export function sumOf(
	parts: readonly { value: number; qualifier?: Qualifier }[]
): { value: number; qualifier?: Qualifier } | undefined {
	const value = parts.reduce((s, p) => s + p.value, 0);
	const qs = new Set(parts.map((p) => p.qualifier));
	qs.delete(undefined);
	if (qs.size === 0) return { value };
	const lower = [...qs].every((q) => q === '>=' || q === '>');
	const upper = [...qs].every((q) => q === '<=' || q === '<');
	if (!lower && !upper) return undefined;
	// a strict bound on any part makes the sum's bound strict
	const strict = qs.has('>') || qs.has('<');
	return { value, qualifier: lower ? (strict ? '>' : '>=') : strict ? '<' : '<=' };
}

/** Urban income as a multiple of rural income (城乡居民收入倍差). */
export function incomeRatio(urban: number, rural: number): number | undefined {
	if (!(rural > 0) || !(urban >= 0)) return undefined;
	return urban / rural;
}

/** The figures of a series, oldest first; for a year given twice, baselines before actuals. */
export function seriesFigures(figures: readonly Figure[], series: string): Figure[] {
	const order = { baseline: 0, actual: 1, estimate: 2, plan: 3, target: 4 } as const;
	return figures
		.filter((f) => f.series === series)
		.sort((a, b) => a.year - b.year || order[a.kind] - order[b.kind]);
}

/**
 * How a target was compared with what came later, so every verdict can give its reason:
 *
 * - `none`: no later figure of its series at all;
 * - `unlike`: later figures exist, but none measures the same thing (an estimate; another
 *   year's figure for a one-year target; one year's rate for a five-year average; a yearly
 *   amount for a five-year total). `unlike` names the latest of them and `why`;
 * - `year`: an actual of the target's own year (or later) meets it or not;
 * - `early`: a level reached before the target year;
 * - `pace`: a level not yet reached: the yearly growth achieved since the baseline against
 *   the yearly growth still needed;
 * - `average`: an average growth rate over a period, judged by the average achieved so far
 *   (from the levels of its series, or from every year's rate) against the target rate;
 * - `no-baseline`: a level not yet reached, with no baseline to measure a pace from.
 */
export type Comparison = 'none' | 'unlike' | 'year' | 'early' | 'pace' | 'average' | 'no-baseline';

/** Why a later figure cannot judge a target. */
export type Unlike = 'estimate' | 'other-year' | 'one-year-rate' | 'other-measure' | 'other-unit';

/** A target lined up with its baseline and the later figures it can be compared with. */
export interface TargetTrack {
	target: Figure;
	baseline?: Figure;
	/** The most recent comparable actual after the baseline, up to the target year. */
	latest?: Figure;
	/** Every comparable actual after the baseline, oldest first. */
	actuals: Figure[];
	/** Whether the target wants the value to fall: its `better` field, stated in the data. */
	lowerIsBetter: boolean;
	comparison: Comparison;
	/** For `unlike`: the latest later figure, and why it does not compare. */
	unlike?: { figure: Figure; why: Unlike };
	/** Whether the latest comparable figure (for `average`, the average so far) meets the target. */
	met?: boolean;
	/** Share of the way from baseline to target covered by the latest actual (levels). */
	progress?: number;
	/** Yearly growth achieved from baseline to latest (levels), or the average so far (rates). */
	achievedGrowth?: number;
	/** Yearly growth needed from latest to target (levels and average rates). */
	neededGrowth?: number;
}

/** Whether `value` meets `target`, by its qualifier and its direction. */
export function meets(value: number, target: Figure, lower: boolean): boolean {
	if (target.qualifier === '>') return value > target.value;
	if (target.qualifier === '<') return value < target.value;
	return lower ? value <= target.value : value >= target.value;
}

const periodOf = (f: Figure): [number, number] | undefined => {
	if (f.period === undefined) return undefined;
	const [from, to] = f.period.split('-').map(Number) as [number, number];
	return [from, to];
};

/**
 * Lines a target up with the later figures of its series, compares like with like, and says
 * how (see `Comparison`). Only figures of the same place count; an estimate never does.
 */
export function trackTarget(figures: readonly Figure[], target: Figure): TargetTrack {
	const lower = target.better === 'lower';
	const series = (target.series === undefined ? [] : seriesFigures(figures, target.series)).filter(
		(f) => f.id !== target.id && f.scope === target.scope && f.year <= target.year
	);
	const period = periodOf(target);
	const track: TargetTrack = {
		target,
		actuals: [],
		lowerIsBetter: lower,
		comparison: 'none'
	};

	if (target.measure === 'growth' && period) return trackAverage(track, series, period);

	const like = (f: Figure) => f.measure === target.measure && f.unit === target.unit;
	const baseline = series.filter((f) => like(f) && f.kind === 'baseline' && f.year < target.year).at(-1);
	if (baseline) track.baseline = baseline;
	const after = (f: Figure) => baseline === undefined || f.year > baseline.year;
	const oneYear = target.annual === true || target.measure === 'growth';
	const later = series.filter((f) => (f.kind === 'actual' || f.kind === 'estimate') && after(f));
	track.actuals = later.filter(
		(f) => f.kind === 'actual' && like(f) && (!oneYear || f.year === target.year)
	);
	const latest = track.actuals.at(-1);
	if (!latest) {
		const other = later.at(-1);
		if (other) {
			track.comparison = 'unlike';
			track.unlike = {
				figure: other,
				why:
					other.kind === 'estimate'
						? 'estimate'
						: other.measure !== target.measure
							? 'other-measure'
							: other.unit !== target.unit
								? 'other-unit'
								: 'other-year'
			};
		}
		return track;
	}
	track.latest = latest;
	track.met = meets(latest.value, target, lower);
	if (latest.year >= target.year) {
		track.comparison = 'year';
		return track;
	}
	if (target.measure !== 'level') return track;
	if (track.met) {
		track.comparison = 'early';
		return track;
	}
	track.neededGrowth = neededGrowth(latest, target);
	if (!baseline) {
		track.comparison = 'no-baseline';
		return track;
	}
	track.comparison = 'pace';
	track.progress = progress(baseline.value, target.value, latest.value);
	track.achievedGrowth = growthBetween(baseline, latest);
	return track;
}

/**
 * An average yearly growth over a period ("年均增长9%", 2021–2025): judged by the average
 * achieved so far. From the levels of its series where it has them (the 2020 baseline and the
 * latest actual); else from the rates of every year since the period began, if all are known.
 * One year's rate alone does not judge a five-year average.
 */
function trackAverage(
	track: TargetTrack,
	series: Figure[],
	[from, to]: [number, number]
): TargetTrack {
	const { target, lowerIsBetter: lower } = track;
	const start = from - 1;
	const levels = series.filter((f) => f.measure === 'level');
	const base = levels.find((f) => f.kind === 'baseline' && f.year === start);
	const levelActuals = base
		? levels.filter((f) => f.kind === 'actual' && f.unit === base.unit && f.year > start)
		: [];
	const rates = series.filter((f) => f.measure === 'growth' && f.kind === 'actual' && f.year >= from);
	const rateBaseline = series.find(
		(f) => f.measure === 'growth' && f.kind === 'baseline' && f.year === start
	);
	if (rateBaseline) track.baseline = rateBaseline;

	const latestLevel = levelActuals.at(-1);
	if (base && latestLevel) {
		track.baseline = base;
		track.latest = latestLevel;
		track.actuals = levelActuals;
		track.comparison = 'average';
		const achieved = growthBetween(base, latestLevel)!;
		track.achievedGrowth = achieved;
		track.met = meets(achieved, target, lower);
		// the level the average implies at the end of the period, and the pace to it from here
		const end = base.value * Math.pow(1 + target.value / 100, to - start);
		if (latestLevel.year < to) track.neededGrowth = neededGrowth(latestLevel, { year: to, value: end });
		return track;
	}
	const years = rates.map((r) => r.year);
	const last = years.at(-1);
	const complete =
		last !== undefined && years.length === last - from + 1 && years.every((y, i) => y === from + i);
	if (complete) {
		track.actuals = rates;
		track.latest = rates.at(-1)!;
		track.comparison = 'average';
		const product = rates.reduce((p, r) => p * (1 + r.value / 100), 1);
		const achieved = (Math.pow(product, 1 / rates.length) - 1) * 100;
		track.achievedGrowth = achieved;
		track.met = meets(achieved, target, lower);
		if (last < to) {
			const remaining = to - last;
			const needed = Math.pow(
				Math.pow(1 + target.value / 100, to - start) / product,
				1 / remaining
			);
			track.neededGrowth = (needed - 1) * 100;
		}
		return track;
	}
	const other = [...rates, ...levels.filter((f) => f.kind === 'actual' || f.kind === 'estimate')]
		.filter((f) => f.year > start)
		.sort((a, b) => a.year - b.year)
		.at(-1);
	if (other) {
		track.comparison = 'unlike';
		track.unlike = {
			figure: other,
			why: other.kind === 'estimate' ? 'estimate' : other.measure === 'growth' ? 'one-year-rate' : 'other-measure'
		};
	}
	return track;
}
