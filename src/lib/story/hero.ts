/**
 * The first screen's point: where Changqing stands between 2020, 2025 and 2035. The progress
 * rows that later figures can judge on pace (the 进度 chapter's, from data/progress.yaml), and
 * the 2035 vision in the plan's own words.
 */
import { spec as progressSpec, type ProgressRow } from '$lib/charts/target-progress/spec';
import { QUOTED } from '$lib/charts/timeline-2035/spec';
import type { Dataset } from '$lib/data/schema';
import type { CHAPTER_ORDER } from './story';

/** The chapter that judges every target row by row: the first screen links to it. */
export const PROGRESS_CHAPTER = 'on-track' satisfies (typeof CHAPTER_ORDER)[number];

/** A progress row judged on pace: it has a baseline and a share of the way covered. */
export type HeroRow = ProgressRow & Required<Pick<ProgressRow, 'baseline' | 'progress'>>;

export interface HeroView {
	rows: HeroRow[];
	/** The plan period's first year before it began, and its last: 2020 and 2025. */
	from: number;
	to: number;
	/** The year of the latest figures, and the share of the plan period gone by then. */
	latestYear: number;
	elapsed: number;
	/** How many of the rows grow more slowly than their target needs: the headline's finding. */
	behind: number;
	/** The chapter that judges every target row by row, which the first screen links down to. */
	progressChapter: string;
	/** The 2035 vision, quoted. */
	vision: { quote: string; source: string };
}

export function heroView(dataset: Dataset): HeroView {
	const rows = progressSpec
		.prepare(dataset)
		.rows.filter((r): r is HeroRow => r.baseline !== undefined && r.progress !== undefined);
	if (rows.length === 0) throw new Error('The first screen: no 2025 target can be judged on pace');
	const from = rows[0]!.baseline.year;
	const to = rows[0]!.target.year;
	const latestYear = Math.max(...rows.map((r) => r.later.year));
	const vision = QUOTED.find((q) => q.id === 'vision')!;
	return {
		rows,
		from,
		to,
		latestYear,
		elapsed: (latestYear - from) / (to - from),
		behind: rows.filter((r) => r.status === 'behind').length,
		progressChapter: PROGRESS_CHAPTER,
		vision: { quote: vision.quote, source: vision.source }
	};
}
