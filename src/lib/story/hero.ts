/**
 * The first screen's point: where Changqing stands between 2020, 2025 and 2035. The targets
 * that later figures can judge (a level with a baseline and a comparable later actual, from
 * data/progress.yaml), how far each has come, and the 2035 vision in the plan's own words.
 */
import { chartFigure } from '$lib/charts/figures';
import { QUOTED } from '$lib/charts/timeline-2035/spec';
import type { ChartFigure } from '$lib/charts/types';
import type { Dataset } from '$lib/data/schema';
import { targetStatus, type Status } from '$lib/data/status';

export interface HeroRow {
	baseline: ChartFigure;
	latest: ChartFigure;
	target: ChartFigure;
	/** Share of the way from baseline to target, 0–1. */
	progress: number;
	status: Status;
}

export interface HeroView {
	rows: HeroRow[];
	/** The plan period's first year before it began, and its last: 2020 and 2025. */
	from: number;
	to: number;
	/** The year of the latest figures, and the share of the plan period gone by then. */
	latestYear: number;
	elapsed: number;
	/** The 2035 vision, quoted. */
	vision: { quote: string; source: string };
}

export function heroView(dataset: Dataset): HeroView {
	const rows: HeroRow[] = [];
	for (const entry of dataset.progress) {
		const target = dataset.figures.find((f) => f.id === entry.target)!;
		const s = targetStatus(dataset.figures, target);
		if (s.comparison !== 'pace' || !s.baseline || !s.latest || s.progress === undefined) continue;
		rows.push({
			baseline: chartFigure(dataset, s.baseline.id),
			latest: chartFigure(dataset, s.latest.id),
			target: chartFigure(dataset, target.id),
			progress: s.progress,
			status: s.status
		});
	}
	if (rows.length === 0) throw new Error('The first screen: no 2025 target can be judged on pace');
	const from = rows[0]!.baseline.year;
	const to = rows[0]!.target.year;
	const latestYear = Math.max(...rows.map((r) => r.latest.year));
	const vision = QUOTED.find((q) => q.id === 'vision')!;
	return {
		rows,
		from,
		to,
		latestYear,
		elapsed: (latestYear - from) / (to - from),
		vision: { quote: vision.quote, source: vision.source }
	};
}
