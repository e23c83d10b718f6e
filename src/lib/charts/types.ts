/**
 * The contract every chart keeps. A chart is a pure function of (data, state): `prepare`
 * picks its figures from the dataset on the server, a step names one of its `states`, and
 * the same pair drives the scrolling story, an embed and a presentation slide.
 */
import type { Dataset, Kind, Measure, Qualifier } from '$lib/data/schema';

/** A figure as a chart carries it to the browser: enough to draw, label and cite it. */
export interface ChartFigure {
	id: string;
	/** The metric in Chinese, as the chart labels it. */
	label: string;
	value: number;
	max?: number;
	qualifier?: Qualifier;
	unit: string;
	year: number;
	kind: Kind;
	measure: Measure;
	/** Whose figure: Changqing's, or the city's or province's for comparison. */
	scope: 'changqing' | 'jinan' | 'shandong' | 'china';
	/** The value as a reader sees it: "338.8亿元", "超过50%". */
	display: string;
	/** The source document's short name, and the words of it that state the figure. */
	source: string;
	excerpt: string;
}

/** A chart's figures as a table: the "表格" view, and the text a screen reader can browse. */
export interface ChartTable {
	caption: string;
	columns: string[];
	/** One row per item; `figures` are the ids of the figures it shows, for source links. */
	rows: { cells: string[]; figures: string[] }[];
}

/** A chart's definition, apart from how it draws. Importable on the server and the client. */
export interface ChartSpec<Data, State> {
	/** Stable: it is part of public URLs (/embed/<id>/). Never rename. */
	id: string;
	/** The chart's title in Chinese. */
	title: string;
	/** Server-only: the figures the chart draws, shaped as plain JSON. Throws on unknown ids. */
	prepare(dataset: Dataset): Data;
	/** The states a step may name. `final` is what prerendered HTML and print show. */
	states: { final: State } & Record<string, State>;
	/** What the chart shows in a state, in plain Chinese, for screen readers. */
	describe(data: Data, state: State): string;
	/** The figures behind the chart in a state, as a table. */
	table(data: Data, state: State): ChartTable;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds specs of every shape
export type AnyChartSpec = ChartSpec<any, any>;
