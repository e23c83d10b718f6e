/**
 * Where each target stands, by one rule, stated on /data/ and /about/:
 *
 * - achieved: the latest actual already meets the target;
 * - on track: the yearly growth achieved since the baseline is at least the yearly growth
 *   still needed from the latest actual to reach the target in its year (for a growth-rate
 *   target: the latest actual rate meets the target rate);
 * - behind ("needs faster growth"): otherwise, or the target year has passed unmet;
 * - no recent figure: no actual has been reported since the baseline.
 *
 * For a target that wants a value to fall (a death rate, "≤ 7"), lower is better throughout.
 */
import { trackTarget, type TargetTrack } from './derive';
import type { Figure } from './schema';

export const STATUSES = ['achieved', 'on-track', 'behind', 'no-data'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, { zh: string; en: string }> = {
	achieved: { zh: '已实现', en: 'Achieved' },
	'on-track': { zh: '进度正常', en: 'On track' },
	behind: { zh: '需加快', en: 'Needs faster growth' },
	'no-data': { zh: '暂无最新数据', en: 'No recent figure' }
};

export interface TargetStatus extends TargetTrack {
	status: Status;
}

export function classify(track: TargetTrack): Status {
	const { target, latest, met, achievedGrowth, neededGrowth, lowerIsBetter } = track;
	if (!latest) return 'no-data';
	// A rate is judged year by year: meeting it before the target year is being on track.
	if (target.measure === 'growth' && latest.year < target.year) return met ? 'on-track' : 'behind';
	if (met) return 'achieved';
	if (latest.year >= target.year) return 'behind';
	if (achievedGrowth === undefined || neededGrowth === undefined) return 'no-data';
	const onTrack = lowerIsBetter ? achievedGrowth <= neededGrowth : achievedGrowth >= neededGrowth;
	return onTrack ? 'on-track' : 'behind';
}

export function targetStatus(figures: readonly Figure[], target: Figure): TargetStatus {
	const track = trackTarget(figures, target);
	return { ...track, status: classify(track) };
}

/** The status of every target in the dataset, by target id. */
export function targetStatuses(figures: readonly Figure[]): Map<string, TargetStatus> {
	return new Map(
		figures.filter((f) => f.kind === 'target').map((t) => [t.id, targetStatus(figures, t)])
	);
}
