/**
 * The contract every chart keeps. A chart is a pure function of (data, state, locale):
 * `prepare` picks its figures from the dataset on the server and keeps only numbers, ids and
 * keys; a step names one of its `states`; every word comes from the chart's per-locale words
 * and the page's lexicon when it renders. The same triple drives the scrolling story, an
 * embed and a presentation slide, in either language.
 */
import type { Component } from 'svelte';
import type { Dataset, Kind, Measure, Qualifier } from '$lib/data/schema';
import type { Format } from '$lib/format/format';
import type { Lexicon } from '$lib/i18n/lexicon';
import type { Locale } from '$lib/i18n/locale';

/** A figure as a chart carries it to the browser: enough to draw and cite it, and no words. */
export interface ChartFigure {
	id: string;
	value: number;
	max?: number;
	qualifier?: Qualifier;
	/** The unit's id, as the sources write it; its name comes from the lexicon. */
	unit: string;
	year: number;
	kind: Kind;
	measure: Measure;
	/** Whose figure: Changqing's, or the city's or province's for comparison. */
	scope: 'changqing' | 'jinan' | 'shandong' | 'china';
	/** The source document's id. */
	source: string;
	/** The source's own words: evidence, shown verbatim in Chinese in every locale. */
	excerpt: string;
	/** The disagreements (data/conflicts.yaml) it is in: wherever it is shown, they are flagged. */
	conflicts?: string[];
	/** The other entries it is in (not comparable as it looks): its tip says so, with no flag. */
	notes?: string[];
}

/** A chart's figures as a table: the table view, and the text a screen reader can browse. */
export interface ChartTable {
	caption: string;
	columns: string[];
	/**
	 * One row per item; `figures` are the ids of the figures it shows, for source links; `about`
	 * marks the rows the state is about, where it is about some (the table view opens at them).
	 */
	rows: { cells: string[]; figures: string[]; about?: boolean }[];
}

/** Every chart's words have a title; the rest is the chart's own. */
export interface BaseWords {
	title: string;
}

/** What a chart's texts are written with: its words, the page's lexicon and number format. */
export interface ChartText<Words extends BaseWords> {
	locale: Locale;
	w: Words;
	lex: Lexicon;
	fmt: Format;
}

/** A chart's definition, apart from how it draws. Importable on the server and the client. */
export interface ChartSpec<Data, State, Words extends BaseWords> {
	/** Stable: it is part of public URLs (/embed/<id>/). Never rename. */
	id: string;
	/** Server-only: the figures the chart draws, as plain JSON of numbers, ids and keys. */
	prepare(dataset: Dataset): Data;
	/** The states a step may name. `final` is what prerendered HTML and print show. */
	states: { final: State } & Record<string, State>;
	/** What the chart shows in a state, in plain words, for screen readers. */
	describe(data: Data, state: State, t: ChartText<Words>): string;
	/** The figures behind the chart in a state, as a table. */
	table(data: Data, state: State, t: ChartText<Words>): ChartTable;
}

/** What a chart component is given. Formatting and the lexicon come from `getI18n()`. */
export interface ChartProps<Data, State, Words extends BaseWords> {
	/** What the spec's `prepare` returned. */
	data: Data;
	/** One of the spec's states. */
	state: State;
	/** The chart's words in the rendering locale. */
	w: Words;
}

/**
 * One chart: its spec, its words in every locale and its drawing, loaded on demand so a page
 * ships only the charts it shows. `defineChart` checks the three against each other: the
 * component's props must be what the spec prepares, and every locale must have every word.
 */
export interface ChartBinding<Data, State, Words extends BaseWords> {
	spec: ChartSpec<Data, State, Words>;
	words: Record<Locale, Words>;
	load: () => Promise<{ default: Component<ChartProps<Data, State, Words>> }>;
}

export function defineChart<Data, State, Words extends BaseWords>(
	binding: ChartBinding<Data, State, Words>
): ChartBinding<Data, State, Words> {
	return binding;
}

/** A binding with its types erased, for the registry: the checks happened in `defineChart`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds charts of every shape
export type AnyChartBinding = ChartBinding<any, any, any>;
