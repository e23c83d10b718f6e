/**
 * Figures derived from the dataset: growth rates, progress towards targets, the growth still
 * needed. All in one module so the story, the data desk and the exports agree. Rates are in
 * percent per year, like the growth figures of the sources.
 */
import type { Figure } from './schema';

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

/** Urban income as a multiple of rural income (城乡居民收入倍差). */
export function incomeRatio(urban: number, rural: number): number | undefined {
	if (!(rural > 0) || !(urban >= 0)) return undefined;
	return urban / rural;
}

/** The figures of a series, oldest first; for a year given twice, baselines before actuals. */
export function seriesFigures(figures: readonly Figure[], series: string): Figure[] {
	const order = { baseline: 0, actual: 1, plan: 2, target: 3 } as const;
	return figures
		.filter((f) => f.series === series)
		.sort((a, b) => a.year - b.year || order[a.kind] - order[b.kind]);
}

/** A target lined up with its baseline and the latest actual of its series. */
export interface TargetTrack {
	target: Figure;
	baseline?: Figure;
	/** The most recent actual after the baseline, up to the target year. */
	latest?: Figure;
	/** Every actual after the baseline, oldest first. */
	actuals: Figure[];
	/** Whether the target wants the value to fall (a death rate, "≤ 7"). */
	lowerIsBetter: boolean;
	/** Whether the latest actual already meets the target, by its qualifier and direction. */
	met?: boolean;
	/** Share of the way from baseline to target covered by the latest actual (levels). */
	progress?: number;
	/** Yearly growth from baseline to target: what the plan implies (levels). */
	plannedGrowth?: number;
	/** Yearly growth achieved from baseline to latest (levels). */
	achievedGrowth?: number;
	/** Yearly growth needed from latest to target (levels). */
	neededGrowth?: number;
}

/** Whether the target wants the value to fall: a "≤"/"<" target, or one below its baseline. */
function lowerIsBetter(target: Figure, baseline: Figure | undefined): boolean {
	if (target.qualifier === '<' || target.qualifier === '<=') return true;
	if (target.qualifier === '>' || target.qualifier === '>=') return false;
	// a growth target below the baseline's growth ("9%" after 13.5%) still asks for growth
	if (target.measure === 'growth') return false;
	return baseline !== undefined && target.value < baseline.value;
}

/** Whether `value` meets `target`, by its qualifier, or else its direction. */
export function meets(value: number, target: Figure, lower: boolean): boolean {
	if (target.qualifier === '>') return value > target.value;
	if (target.qualifier === '<') return value < target.value;
	return lower ? value <= target.value : value >= target.value;
}

/**
 * Lines a target up with the figures of its series that can be compared with it (same
 * scope, measure and unit): the latest baseline before the target year, and the actuals
 * after it. For level targets it also works out progress and achieved vs needed growth.
 */
export function trackTarget(figures: readonly Figure[], target: Figure): TargetTrack {
	const same = (target.series === undefined ? [] : seriesFigures(figures, target.series)).filter(
		(f) =>
			f.scope === target.scope &&
			f.measure === target.measure &&
			f.unit === target.unit &&
			f.year <= target.year
	);
	const baseline = same.filter((f) => f.kind === 'baseline' && f.year < target.year).at(-1);
	const actuals = same.filter(
		(f) =>
			f.kind === 'actual' &&
			(baseline === undefined || f.year > baseline.year) &&
			(!target.annual || f.year === target.year)
	);
	const latest = actuals.at(-1);
	const lower = lowerIsBetter(target, baseline);
	const track: TargetTrack = { target, baseline, latest, actuals, lowerIsBetter: lower };
	if (latest) track.met = meets(latest.value, target, lower);
	if (target.measure !== 'level') return track;
	const from = latest ?? baseline;
	if (from) track.neededGrowth = neededGrowth(from, target);
	if (baseline) {
		track.plannedGrowth = growthBetween(baseline, target);
		if (latest) {
			track.progress = progress(baseline.value, target.value, latest.value);
			track.achievedGrowth = growthBetween(baseline, latest);
		}
	}
	return track;
}
