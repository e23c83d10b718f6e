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

/** A level target, the level it started from, the latest level reached, and what follows. */
export interface TargetTrack {
	target: Figure;
	baseline?: Figure;
	/** The most recent actual level before the target year (or the baseline, if none). */
	latest?: Figure;
	/** Every actual level after the baseline, oldest first. */
	actuals: Figure[];
	/** Share of the way from baseline to target covered by `latest`. */
	progress?: number;
	/** Yearly growth from baseline to target: what the plan implies. */
	plannedGrowth?: number;
	/** Yearly growth achieved from baseline to latest. */
	achievedGrowth?: number;
	/** Yearly growth needed from latest to target. */
	neededGrowth?: number;
	/** Whether the latest level already meets the target (its qualifier aside). */
	met?: boolean;
}

/**
 * Lines a level target up with the baseline and the actuals of its series. The baseline is
 * the latest baseline (else actual) figure before the target year with the same scope.
 */
export function trackTarget(figures: readonly Figure[], target: Figure): TargetTrack {
	const levels = (target.series === undefined ? [] : seriesFigures(figures, target.series)).filter(
		(f) =>
			f.measure === 'level' &&
			f.scope === target.scope &&
			f.unit === target.unit &&
			f.year < target.year
	);
	const baseline = levels.filter((f) => f.kind === 'baseline').at(-1);
	const actuals = levels.filter(
		(f) => f.kind === 'actual' && (baseline === undefined || f.year > baseline.year)
	);
	const latest = actuals.at(-1) ?? baseline;
	const track: TargetTrack = { target, baseline, latest, actuals };
	if (target.measure !== 'level') return track;
	const rising = baseline === undefined || target.value >= baseline.value;
	if (latest) {
		track.met = rising ? latest.value >= target.value : latest.value <= target.value;
		track.neededGrowth = neededGrowth(latest, target);
	}
	if (baseline) {
		track.plannedGrowth = growthBetween(baseline, target);
		if (latest && latest !== baseline) {
			track.progress = progress(baseline.value, target.value, latest.value);
			track.achievedGrowth = growthBetween(baseline, latest);
		}
	}
	return track;
}
