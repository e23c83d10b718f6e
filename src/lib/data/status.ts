/**
 * Where each target stands, by one rule, stated on /data/ and /about/, with the reason for
 * every verdict (see `Comparison` in derive.ts for how a target meets what came later):
 *
 * - reached: an actual of the target's year meets it, or a level target was reached early;
 * - on track: a level not yet reached, whose yearly growth since the baseline is at least the
 *   growth still needed; or an average growth rate whose average so far meets it;
 * - behind ("needs faster growth"): the same comparisons, falling short;
 * - missed: the target's year has a result, and it falls short;
 * - no comparable figure: nothing later was reported, or nothing that measures the same thing
 *   (a one-year target is judged only by its own year; a five-year average not by one year).
 *
 * Which way is better is stated for every target in the data (`better: higher | lower`).
 */
import { trackTarget, type TargetTrack } from './derive';
import type { Figure } from './schema';

export const STATUSES = ['achieved', 'on-track', 'behind', 'missed', 'no-data'] as const;
export type Status = (typeof STATUSES)[number];


export interface TargetStatus extends TargetTrack {
	status: Status;
}

export function classify(track: TargetTrack): Status {
	const { comparison, met, achievedGrowth, neededGrowth, lowerIsBetter } = track;
	switch (comparison) {
		case 'none':
		case 'unlike':
		case 'no-baseline':
			return 'no-data';
		case 'early':
			return 'achieved';
		case 'year':
			return met ? 'achieved' : 'missed';
		case 'average':
			return met ? 'on-track' : 'behind';
		case 'pace': {
			const onTrack = lowerIsBetter
				? achievedGrowth! <= neededGrowth!
				: achievedGrowth! >= neededGrowth!;
			return onTrack ? 'on-track' : 'behind';
		}
	}
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
