/**
 * What the data desk and the sources page show: every figure as a row a reader can search,
 * with its source, its category, its conflicts and, for a target, its status. Built at
 * prerender time from the validated dataset, in no language: rows keep numbers, ids and the
 * metric's name in both languages, and components write them out in the page's locale (the
 * names of sources, categories and conflicts come from the page's lexicon).
 */
import { conflictsOf } from '$lib/charts/figures';
import type { Dataset, Figure, Qualifier } from '$lib/data/schema';
import type { Comparison, Unlike } from '$lib/data/derive';
import { targetStatuses, type Status, type TargetStatus } from '$lib/data/status';
import { placeWords, TOPICS } from './synonyms';
import type { Locale } from '$lib/i18n/locale';

/** A value as `Format.quantity` writes it: number, range, qualifier and unit id. */
export interface Amount {
	value: number;
	max?: number;
	qualifier?: Qualifier;
	unit: string;
}

/**
 * Why a target has its status, as data the desk writes out in words: how it was compared
 * (`Comparison`), with what, and the rates behind a verdict on pace.
 */
export interface Verdict {
	comparison: Comparison;
	/** The figure it was judged by: the latest comparable actual, or the unlike one. */
	year?: number;
	latest?: Amount;
	/** The metric of an unlike figure, when it is not the target's own. */
	metric_zh?: string;
	metric_en?: string;
	why?: Unlike;
	baselineYear?: number;
	/** Yearly growth since the baseline (or the average so far), in %. */
	achieved?: number;
	/** Yearly growth needed from here to reach the target, in %. */
	needed?: number;
}

export interface DeskRow extends Amount {
	id: string;
	metric_zh: string;
	metric_en: string;
	category: string;
	year: number;
	/** The source gives no year; `year` only places the row. */
	undated?: true;
	/** The years a five-year total or an average growth rate spans ("2021-2025"). */
	period?: string;
	kind: Figure['kind'];
	measure: Figure['measure'];
	scope: Figure['scope'];
	source: string;
	excerpt: string;
	binding?: boolean;
	status?: Status;
	/** For a target: why it has its status. */
	verdict?: Verdict;
	/** The disagreements it is in (flagged), and the other entries of data/conflicts.yaml. */
	conflicts: string[];
	notes: string[];
}

/** A row of /sources/, which also shows the figure's note. */
export interface SourceRow extends DeskRow {
	note_zh?: string;
	note_en?: string;
}

/** A metric's name in a locale. */
export function metricName(row: Pick<DeskRow, 'metric_zh' | 'metric_en'>, locale: Locale): string {
	return locale === 'zh' ? row.metric_zh : row.metric_en;
}

/** The amount of a figure, without the keys it does not have. */
function amount(f: Amount): Amount {
	const a: Amount = { value: f.value, unit: f.unit };
	if (f.max !== undefined) a.max = f.max;
	if (f.qualifier !== undefined) a.qualifier = f.qualifier;
	return a;
}

function verdict(s: TargetStatus): Verdict {
	const v: Verdict = { comparison: s.comparison };
	const by = s.latest ?? s.unlike?.figure;
	if (by) {
		v.year = by.year;
		v.latest = amount(by);
		if (by.metric_zh !== s.target.metric_zh) {
			v.metric_zh = by.metric_zh;
			v.metric_en = by.metric_en;
		}
	}
	if (s.unlike) v.why = s.unlike.why;
	if (s.baseline && (s.comparison === 'pace' || s.comparison === 'average'))
		v.baselineYear = s.baseline.year;
	if (s.achievedGrowth !== undefined) v.achieved = s.achievedGrowth;
	if (s.neededGrowth !== undefined && s.status !== 'achieved') v.needed = s.neededGrowth;
	return v;
}

export function deskRows(data: Dataset): DeskRow[] {
	const statuses = targetStatuses(data.figures);
	const entries = conflictsOf(data);
	return data.figures.map((f) => {
		const s = statuses.get(f.id);
		const row: DeskRow = {
			id: f.id,
			metric_zh: f.metric_zh,
			metric_en: f.metric_en,
			category: f.category,
			year: f.year,
			...(f.undated ? { undated: true as const } : {}),
			...(f.period ? { period: f.period } : {}),
			kind: f.kind,
			measure: f.measure,
			scope: f.scope,
			source: f.source,
			...amount(f),
			excerpt: f.excerpt,
			conflicts: entries.get(f.id)?.conflicts ?? [],
			notes: entries.get(f.id)?.notes ?? []
		};
		if (f.binding !== undefined) row.binding = f.binding;
		if (s) {
			row.status = s.status;
			row.verdict = verdict(s);
		}
		return row;
	});
}

/** Everything /data/ needs: the rows and the choices its filters offer, as ids. */
export function deskView(data: Dataset) {
	const rows = deskRows(data);
	const byId = new Map(rows.map((r) => [r.id, r]));
	const used = (pick: (r: DeskRow) => string | number) => new Set(rows.map(pick));
	const categories = used((r) => r.category);
	return {
		rows,
		/** Category ids in the dataset's order, those with figures only. */
		categories: data.categories.filter((c) => categories.has(c.id)).map((c) => c.id),
		years: [...used((r) => r.year)].map(Number).sort((a, b) => a - b),
		/** Source ids in the dataset's order. */
		sources: data.sources.map((s) => s.id),
		conflicts: data.conflicts.map((c) => ({
			id: c.id,
			type: c.type,
			rows: c.figures.map((id) => byId.get(id)!),
			quotes: c.quotes
		})),
		/** Words the search takes as one another's: subjects, and each place's names. */
		words: [...TOPICS, ...placeWords(data)]
	};
}

export type DeskView = ReturnType<typeof deskView>;

/** Everything /sources/ needs: each document, and under it every figure taken from it. */
export function sourcesView(data: Dataset) {
	const desk = deskView(data);
	const figures = new Map(data.figures.map((f) => [f.id, f]));
	const rows: SourceRow[] = desk.rows.map((r) => {
		const f = figures.get(r.id)!;
		return f.note_zh === undefined && f.note_en === undefined
			? r
			: { ...r, note_zh: f.note_zh, note_en: f.note_en };
	});
	return {
		documents: data.sources.map((source) => ({
			...source,
			rows: rows.filter((r) => r.source === source.id)
		})),
		conflicts: desk.conflicts,
		flagships: data.flagships,
		count: desk.rows.length
	};
}

export type SourcesView = ReturnType<typeof sourcesView>;
