/**
 * The first screen: Changqing at the end of 2020, the starting line of the 14th Five-Year Plan.
 * Figures are named by id; their numbers, units and sources come from the dataset.
 */
import { chartFigures } from '$lib/charts/figures';
import type { Dataset } from '$lib/data/schema';

export const HEADLINE_IDS = [
	'gdp-2020-baseline',
	'budget-revenue-2020-baseline',
	'population-2020-baseline',
	'urbanisation-2020-baseline',
	'urban-income-2020-baseline',
	'rural-income-2020-baseline',
	'forest-cover-2020-baseline',
	'good-air-days-2020-baseline'
] as const;

export function baselineView(data: Dataset) {
	return {
		headline: chartFigures(data, HEADLINE_IDS),
		count: data.figures.length,
		sources: data.sources.length
	};
}

export type BaselineView = ReturnType<typeof baselineView>;
