/**
 * Where the timeline's years sit, for the browser's chart and its picture alike: a scale from
 * years to heights that draws the ten years after 2025 shorter, and the milestones grouped by
 * year, one row each.
 */
import { scaleLinear } from 'd3-scale';
import type { Milestone } from './spec';

/** The years the scale breaks at: the plan period, then the ten years to the vision. */
export const DOMAIN = [2020, 2025, 2035];
/** Their heights in % of the chart: the ten years after 2025 take a quarter of the five before. */
export const RANGE = [2, 52, 64];

/** Years to heights, in % of the chart. */
export const place = scaleLinear().domain(DOMAIN).range(RANGE);

/** The milestones by year, in order: milestones of the same year share a row. */
export function byYear(milestones: Milestone[]): { year: number; items: Milestone[] }[] {
	return [...new Set(milestones.map((m) => m.year))].map((year) => ({
		year,
		items: milestones.filter((m) => m.year === year)
	}));
}

/** A quote as the chart sets it: in Chinese quotation marks, the ones inside made single. */
export const inQuotes = (quote: string) => `“${quote.replaceAll('“', '‘').replaceAll('”', '’')}”`;
