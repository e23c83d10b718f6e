/**
 * What the data desk and the sources page show: every figure as a row a reader can search,
 * with its source, its category, its conflicts and, for a target, its status. Built at
 * prerender time from the validated dataset, in no language: rows keep numbers, ids and the
 * metric's name in both languages, and components write them out in the page's locale (the
 * names of sources, categories and conflicts come from the page's lexicon).
 */
import type { Dataset, Figure, Qualifier } from '$lib/data/schema';
import { targetStatuses, type Status, type TargetStatus } from '$lib/data/status';
import type { Locale } from '$lib/i18n/locale';

/** A value as `Format.quantity` writes it: number, range, qualifier and unit id. */
export interface Amount {
	value: number;
	max?: number;
	qualifier?: Qualifier;
	unit: string;
}

/** A target's progress: the latest actual, and the yearly growth achieved and still needed. */
export interface Progress {
	year: number;
	latest: Amount;
	/** Yearly growth since the baseline, in %. */
	achieved?: number;
	/** Yearly growth needed from the latest actual to the target, in %; not for one achieved. */
	needed?: number;
}

export interface DeskRow extends Amount {
	id: string;
	metric_zh: string;
	metric_en: string;
	category: string;
	year: number;
	kind: Figure['kind'];
	measure: Figure['measure'];
	scope: Figure['scope'];
	source: string;
	excerpt: string;
	binding?: boolean;
	status?: Status;
	/** For a target with an actual since its baseline. */
	progress?: Progress;
	conflicts: string[];
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

function progress(s: TargetStatus): Progress | undefined {
	if (!s.latest) return undefined;
	const p: Progress = { year: s.latest.year, latest: amount(s.latest) };
	if (s.achievedGrowth !== undefined) p.achieved = s.achievedGrowth;
	if (s.neededGrowth !== undefined && s.status !== 'achieved') p.needed = s.neededGrowth;
	return p;
}

export function deskRows(data: Dataset): DeskRow[] {
	const statuses = targetStatuses(data.figures);
	const conflictsOf = new Map<string, string[]>();
	for (const c of data.conflicts) {
		for (const id of c.figures) conflictsOf.set(id, [...(conflictsOf.get(id) ?? []), c.id]);
	}
	return data.figures.map((f) => {
		const s = statuses.get(f.id);
		const row: DeskRow = {
			id: f.id,
			metric_zh: f.metric_zh,
			metric_en: f.metric_en,
			category: f.category,
			year: f.year,
			kind: f.kind,
			measure: f.measure,
			scope: f.scope,
			source: f.source,
			...amount(f),
			excerpt: f.excerpt,
			conflicts: conflictsOf.get(f.id) ?? []
		};
		if (f.binding !== undefined) row.binding = f.binding;
		if (s) {
			row.status = s.status;
			const p = progress(s);
			if (p) row.progress = p;
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
			rows: c.figures.map((id) => byId.get(id)!)
		}))
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
		count: desk.rows.length
	};
}

export type SourcesView = ReturnType<typeof sourcesView>;
