/**
 * What the data desk and the sources page show: every figure as a row a reader can search,
 * with its source, its category's name, its conflicts and, for a target, its status.
 * Built at prerender time from the validated dataset.
 */
import type { Dataset, Figure } from '$lib/data/schema';
import { targetStatuses, type Status, type TargetStatus } from '$lib/data/status';
import { formatGrowth, formatQuantity } from '$lib/format/number';

export interface DeskRow {
	id: string;
	metric_zh: string;
	metric_en: string;
	category: string;
	year: number;
	kind: Figure['kind'];
	measure: Figure['measure'];
	scope: Figure['scope'];
	source: string;
	/** The value as a reader sees it: "338.8亿元", "超过50%". */
	display: string;
	/** The bare number, for sorting. */
	value: number;
	unit: string;
	excerpt: string;
	binding?: boolean;
	status?: Status;
	/** For a target: the latest actual and the growth achieved and needed, in words. */
	statusDetail?: string;
	conflicts: string[];
	note_zh?: string;
}

/** "2023年 30.24亿元；已实现年均 +4.4%；此后需年均 +16.3%" */
function statusDetail(s: TargetStatus): string | undefined {
	if (!s.latest) return undefined;
	const parts = [`${s.latest.year}年 ${formatQuantity(s.latest, s.latest.unit)}`];
	if (s.achievedGrowth !== undefined) {
		parts.push(`已实现年均 ${formatGrowth(s.achievedGrowth, 'zh-CN', 1)}`);
	}
	if (s.neededGrowth !== undefined && s.status !== 'achieved') {
		parts.push(`此后需年均 ${formatGrowth(s.neededGrowth, 'zh-CN', 1)}`);
	}
	return parts.join('；');
}

export function deskRows(data: Dataset): DeskRow[] {
	const statuses = targetStatuses(data.figures);
	const conflictsOf = new Map<string, string[]>();
	for (const c of data.conflicts) {
		for (const id of c.figures) conflictsOf.set(id, [...(conflictsOf.get(id) ?? []), c.id]);
	}
	return data.figures.map((f) => {
		const s = statuses.get(f.id);
		return {
			id: f.id,
			metric_zh: f.metric_zh,
			metric_en: f.metric_en,
			category: f.category,
			year: f.year,
			kind: f.kind,
			measure: f.measure,
			scope: f.scope,
			source: f.source,
			display: formatQuantity(f, f.unit),
			value: f.value,
			unit: f.unit,
			excerpt: f.excerpt,
			binding: f.binding,
			status: s?.status,
			statusDetail: s ? statusDetail(s) : undefined,
			conflicts: conflictsOf.get(f.id) ?? [],
			note_zh: f.note_zh
		};
	});
}

/** Everything /data/ needs: the rows and the choices its filters offer. */
export function deskView(data: Dataset) {
	const rows = deskRows(data);
	const byId = new Map(rows.map((r) => [r.id, r]));
	const used = (pick: (r: DeskRow) => string | number) => new Set(rows.map(pick));
	const categories = used((r) => r.category);
	return {
		rows,
		categories: data.categories.filter((c) => categories.has(c.id)),
		years: [...used((r) => r.year)].map(Number).sort((a, b) => a - b),
		sources: data.sources.map((s) => ({ id: s.id, short: s.short, title: s.title, date: s.date })),
		conflicts: data.conflicts.map((c) => ({ ...c, rows: c.figures.map((id) => byId.get(id)!) }))
	};
}

export type DeskView = ReturnType<typeof deskView>;

/** Everything /sources/ needs: each document, and under it every figure taken from it. */
export function sourcesView(data: Dataset) {
	const desk = deskView(data);
	return {
		documents: data.sources.map((source) => ({
			...source,
			rows: desk.rows.filter((r) => r.source === source.id)
		})),
		conflicts: desk.conflicts,
		sources: desk.sources,
		count: desk.rows.length
	};
}

export type SourcesView = ReturnType<typeof sourcesView>;
