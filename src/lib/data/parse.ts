/**
 * Parses and validates the dataset from the text of its files. Pure: the caller reads the
 * files (see `$lib/server/dataset.ts`), so tests can hand it broken fixtures.
 *
 * Every problem is reported as `file:line · record · field — what was expected`, and all of
 * them at once, so a data editor can fix a file in one pass.
 */
import * as v from 'valibot';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { trackTarget } from './derive.ts';
import { excerptContains, excerptInSource } from './excerpt.ts';
import {
	CategorySchema,
	ConflictSchema,
	ProgressSchema,
	FlagshipSchema,
	FigureSchema,
	IndustrySystemSchema,
	PlacesSchema,
	PlanTableSchema,
	SourceSchema,
	ThemeSchema,
	GeoSchema,
	UnitSchema,
	DISAGREEMENTS,
	type ConflictType,
	type Dataset,
	type Figure
} from './schema.ts';

/** The files of the dataset, by path relative to the project root. */
export type DataFiles = Record<string, string>;

export const FILES = {
	sources: 'data/sources.yaml',
	units: 'data/units.yaml',
	categories: 'data/categories.yaml',
	plan: 'data/plan-indicators.yaml',
	industries: 'data/industries.yaml',
	places: 'data/places.yaml',
	themes: 'data/themes.yaml',
	conflicts: 'data/conflicts.yaml',
	progress: 'data/progress.yaml',
	flagships: 'data/flagships.yaml',
	/** Optional: the locator map's districts. */
	geo: 'data/geo/jinan-districts.yaml'
} as const;
export const FIGURES_DIR = 'data/figures/';
export const SEEDS_DIR = 'data/seeds/';

export interface Problem {
	file: string;
	line?: number;
	record?: string;
	field?: string;
	message: string;
}

export class DatasetError extends Error {
	constructor(readonly problems: Problem[]) {
		super(
			`The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
				problems.map((p) => `  ${formatProblem(p)}`).join('\n')
		);
		this.name = 'DatasetError';
	}
}

export function formatProblem(p: Problem): string {
	const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
	const parts = [where];
	if (p.record !== undefined) parts.push(`record "${clip(p.record, 80)}"`);
	if (p.field !== undefined) parts.push(`field "${p.field}"`);
	return `${parts.join(' · ')} — ${p.message}`;
}

/** At most `n` characters of a text, with an ellipsis when cut. */
function clip(text: string, n: number): string {
	return text.length > n ? `${text.slice(0, n)}…` : text;
}

type Path = (string | number)[];

/** One parsed YAML file, able to say on which line a path starts. */
class YamlFile {
	readonly doc: Document;
	private readonly lines = new LineCounter();

	constructor(
		readonly name: string,
		text: string
	) {
		this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true });
	}

	lineOf(path: Path): number | undefined {
		for (let n = path.length; n >= 0; n--) {
			const node = n === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, n), true);
			const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
			if (range) return this.lines.linePos(range[0]).line;
		}
		return undefined;
	}
}

/** Collects problems while the dataset is assembled. */
class Checker {
	readonly problems: Problem[] = [];

	add(file: YamlFile | string, path: Path, message: string, record?: string, field?: string) {
		const name = typeof file === 'string' ? file : file.name;
		const line = typeof file === 'string' ? undefined : file.lineOf(path);
		this.problems.push({ file: name, line, record, field, message });
	}

	/** Parses `data` against `schema`, reporting each issue with its record and field. */
	parse<S extends v.GenericSchema>(
		file: YamlFile,
		base: Path,
		schema: S,
		data: unknown,
		recordName?: string
	): v.InferOutput<S> | undefined {
		const result = v.safeParse(schema, data);
		if (result.success) return result.output;
		for (const issue of result.issues) {
			const keys: Path = (issue.path ?? []).map((item) => item.key as string | number);
			const path = [...base, ...keys];
			const { record, field } = describePath(data, keys, recordName);
			this.add(file, path, expectation(issue), record, field);
		}
		return undefined;
	}
}

/** Names the record (by its id, else its position) and the field an issue path points into. */
function describePath(
	data: unknown,
	keys: Path,
	recordName?: string
): { record?: string; field?: string } {
	let node: unknown = data;
	let record = recordName;
	const fieldKeys: Path = [];
	for (const key of keys) {
		const next = (node as Record<string | number, unknown> | undefined)?.[key];
		if (typeof key === 'number') {
			record = nameOf(next, key);
			fieldKeys.length = 0;
		} else {
			fieldKeys.push(key);
		}
		node = next;
	}
	return { record, field: fieldKeys.length ? fieldKeys.join('.') : undefined };
}

/** A record is named by its id, else its row number, else its position in the list. */
function nameOf(item: unknown, index: number): string {
	const { id, no, year } = (item ?? {}) as { id?: unknown; no?: unknown; year?: unknown };
	if (typeof id === 'string' || typeof id === 'number') return String(id);
	if (no !== undefined) return `no. ${String(no)}`;
	if (year !== undefined) return String(year);
	return `item ${index + 1}`;
}

function expectation(issue: v.BaseIssue<unknown>): string {
	// a hostile or mistaken value may be huge: quote enough of it to recognise it
	const received =
		issue.received === 'undefined' ? 'nothing (the field is missing)' : clip(issue.received, 120);
	if (issue.kind === 'schema' && issue.type === 'strict_object') {
		return issue.input === undefined
			? 'is missing: every record here needs it'
			: 'is not a known field (remove it, or check its spelling)';
	}
	return `expected ${issue.message}, got ${received}`;
}

function readYaml(files: DataFiles, name: string, check: Checker): YamlFile | undefined {
	const text = files[name];
	if (text === undefined) {
		check.add(name, [], 'the file is missing');
		return undefined;
	}
	const file = new YamlFile(name, text);
	for (const error of file.doc.errors) {
		const line = error.linePos?.[0]?.line;
		check.problems.push({ file: name, line, message: `is not valid YAML: ${error.message}` });
	}
	return file.doc.errors.length ? undefined : file;
}

/** Parses a file holding a YAML list, each item against `schema`. */
function parseList<S extends v.GenericSchema>(
	files: DataFiles,
	name: string,
	schema: S,
	check: Checker
): { file: YamlFile; items: { value: v.InferOutput<S>; index: number }[] } | undefined {
	const file = readYaml(files, name, check);
	if (!file) return undefined;
	const data = toJS(file, check);
	if (data === FAILED) return undefined;
	if (data === null || data === undefined) return { file, items: [] };
	if (!Array.isArray(data) || !isSeq(file.doc.contents)) {
		check.add(file, [], 'expected a list of records (lines starting with "- ")');
		return undefined;
	}
	const items: { value: v.InferOutput<S>; index: number }[] = [];
	data.forEach((item, index) => {
		const value = check.parse(file, [index], schema, item, nameOf(item, index));
		if (value !== undefined) items.push({ value, index });
	});
	return { file, items };
}

/** Parses a file holding one YAML mapping against `schema`. */
function parseObject<S extends v.GenericSchema>(
	files: DataFiles,
	name: string,
	schema: S,
	check: Checker
): { file: YamlFile; value: v.InferOutput<S> } | undefined {
	const file = readYaml(files, name, check);
	if (!file) return undefined;
	if (!isMap(file.doc.contents)) {
		check.add(file, [], 'expected a mapping of named lists');
		return undefined;
	}
	const data = toJS(file, check);
	if (data === FAILED) return undefined;
	const value = check.parse(file, [], schema, data);
	return value === undefined ? undefined : { file, value };
}

const FAILED = Symbol('failed');

/** The file's data; a file that expands beyond reason (an alias bomb) is a problem, not a crash. */
function toJS(file: YamlFile, check: Checker): unknown {
	try {
		return file.doc.toJS();
	} catch (error) {
		check.add(file, [], `could not be read: ${(error as Error).message}`);
		return FAILED;
	}
}

export function parseDataset(files: DataFiles): Dataset {
	const check = new Checker();
	const sources = parseList(files, FILES.sources, SourceSchema, check);
	const units = parseList(files, FILES.units, UnitSchema, check);
	const categories = parseList(files, FILES.categories, CategorySchema, check);

	const figureFiles = Object.keys(files)
		.filter((name) => name.startsWith(FIGURES_DIR) && name.endsWith('.yaml'))
		.sort();
	if (figureFiles.length === 0) check.add(FIGURES_DIR, [], 'holds no .yaml file of figures');
	const figureLists = figureFiles.map((name) => parseList(files, name, FigureSchema, check));

	const plan = parseObject(files, FILES.plan, PlanTableSchema, check);
	const industries = parseList(files, FILES.industries, IndustrySystemSchema, check);
	const places = parseObject(files, FILES.places, PlacesSchema, check);
	const themes = parseList(files, FILES.themes, ThemeSchema, check);
	const geo = files[FILES.geo] === undefined ? undefined : parseObject(files, FILES.geo, GeoSchema, check);
	const conflicts = parseList(files, FILES.conflicts, ConflictSchema, check);
	const progress = parseList(files, FILES.progress, ProgressSchema, check);
	const flagships = parseList(files, FILES.flagships, FlagshipSchema, check);

	// Cross-record checks: unique ids, known references, excerpts that hold their numbers.
	const unitIds = new Set(units?.items.map((u) => u.value.id));
	const categoryIds = new Set(categories?.items.map((c) => c.value.id));
	const sourceById = new Map(sources?.items.map((s) => [s.value.id, s.value]));

	for (const s of sources?.items ?? []) {
		if (files[SEEDS_DIR + s.value.file] === undefined) {
			check.add(
				sources!.file,
				[s.index, 'file'],
				`names data/seeds/${s.value.file}, which does not exist`,
				s.value.id,
				'file'
			);
		}
	}

	const figures: Figure[] = [];
	const figureAt = new Map<string, { file: YamlFile; index: number }>();
	for (const list of figureLists) {
		if (!list) continue;
		for (const { value: f, index } of list.items) {
			const at = (field: string, message: string) =>
				check.add(list.file, [index, field], message, f.id, field);
			const first = figureAt.get(f.id);
			if (first) {
				at(
					'id',
					`duplicates the id of a figure in ${first.file.name}:${first.file.lineOf([first.index])}`
				);
				continue;
			}
			figureAt.set(f.id, { file: list.file, index });
			if (units && !unitIds.has(f.unit)) {
				at('unit', `expected a unit listed in ${FILES.units}, got "${f.unit}"`);
			}
			if (categories && !categoryIds.has(f.category)) {
				at('category', `expected a category listed in ${FILES.categories}, got "${f.category}"`);
			}
			if (f.max !== undefined && f.max <= f.value) {
				at('max', `expected the upper bound of a range, above value ${f.value}, got ${f.max}`);
			}
			if (f.period !== undefined) {
				const [from, to] = f.period.split('-').map(Number) as [number, number];
				if (!(from < to) || to !== f.year) {
					at(
						'period',
						`expected a period that ends in the figure's year ${f.year}, got "${f.period}"`
					);
				}
			}
			if (f.measure !== 'growth' && (f.value < 0 || (f.max ?? 0) < 0)) {
				at(
					'value',
					`expected a level or total of zero or more (only a growth rate can be negative), got ${f.value}`
				);
			}
			if (f.kind === 'target' && f.better === undefined) {
				at('better', 'expected the direction a target wants (better: higher or lower), got nothing');
			}
			if (f.kind !== 'target' && f.better !== undefined) {
				at('better', `expected no direction on a ${f.kind} (only targets have one)`);
			}
			if (f.measure === 'cumulative' && f.period === undefined) {
				at('period', 'expected the period a cumulative figure adds up over, got nothing');
			}
			const excerptProblem = checkCitation(f.source, f.excerpt, sourceById, files);
			if (excerptProblem) at(excerptProblem.field, excerptProblem.message);
			else {
				for (const n of f.max === undefined ? [f.value] : [f.value, f.max]) {
					if (!excerptContains(f.excerpt, n)) {
						at('excerpt', `expected the excerpt to contain the value ${n}, got "${f.excerpt}"`);
					}
				}
			}
			figures.push(f);
		}
	}

	// Within a series, levels must share a unit: otherwise lines and growth rates mislead.
	const seriesUnit = new Map<string, Figure>();
	for (const f of figures) {
		if (f.series === undefined || f.measure !== 'level') continue;
		const first = seriesUnit.get(f.series);
		if (!first) seriesUnit.set(f.series, f);
		else if (first.unit !== f.unit) {
			const { file, index } = figureAt.get(f.id)!;
			check.add(
				file,
				[index, 'unit'],
				`expected "${first.unit}" like "${first.id}" in series "${f.series}", got "${f.unit}"`,
				f.id,
				'unit'
			);
		}
	}

	const refs = (file: YamlFile, path: Path, record: string, field: string, ids: string[]) => {
		ids.forEach((id, i) => {
			if (!figureAt.has(id)) {
				check.add(file, [...path, i], `refers to the unknown figure "${id}"`, record, field);
			}
		});
	};
	const cited = (
		file: YamlFile,
		path: Path,
		record: string,
		item: { source: string; excerpt: string }
	) => {
		const problem = checkCitation(item.source, item.excerpt, sourceById, files);
		if (problem) check.add(file, [...path, problem.field], problem.message, record, problem.field);
	};

	if (plan) {
		const groupIds = new Set(plan.value.groups.map((g) => g.id));
		const seen = new Set<number>();
		plan.value.indicators.forEach((row, i) => {
			const record = `no. ${row.no}`;
			const path = ['indicators', i];
			if (seen.has(row.no))
				check.add(plan.file, [...path, 'no'], 'duplicates a row number', record, 'no');
			seen.add(row.no);
			if (!groupIds.has(row.group)) {
				check.add(
					plan.file,
					[...path, 'group'],
					`refers to the unknown group "${row.group}"`,
					record,
					'group'
				);
			}
			for (const field of ['baseline', 'target', 'growth'] as const) {
				const id = row[field];
				if (id !== undefined) refs(plan.file, [...path, field], record, field, [id]);
			}
			if (row.target === undefined && row.target_text_zh === undefined) {
				check.add(
					plan.file,
					path,
					'expected a target figure or target_text_zh, got neither',
					record,
					'target'
				);
			}
			cited(plan.file, path, record, row);
		});
	}

	for (const { value: system, index } of industries?.items ?? []) {
		cited(industries!.file, [index], system.id, system);
		system.tiers.forEach((tier, t) =>
			tier.industries.forEach((industry, i) => {
				const path = [index, 'tiers', t, 'industries', i];
				refs(industries!.file, [...path, 'figures'], industry.id, 'figures', industry.figures);
				cited(industries!.file, path, industry.id, industry);
			})
		);
	}
	const industryIds = new Set(
		industries?.items.flatMap(({ value }) =>
			value.tiers.flatMap((t) => t.industries.map((i) => i.id))
		)
	);
	for (const { value: system, index } of industries?.items ?? []) {
		system.tiers.forEach((tier, t) =>
			tier.industries.forEach((industry, i) =>
				industry.related.forEach((id, r) => {
					if (!industryIds.has(id)) {
						check.add(
							industries!.file,
							[index, 'tiers', t, 'industries', i, 'related', r],
							`refers to the unknown industry "${id}"`,
							industry.id,
							'related'
						);
					}
				})
			)
		);
	}

	if (places) {
		places.value.zones.forEach((zone, i) => {
			refs(places.file, ['zones', i, 'figures'], zone.id, 'figures', zone.figures);
			cited(places.file, ['zones', i], zone.id, zone);
		});
		places.value.towns.forEach((town, i) => cited(places.file, ['towns', i], town.id, town));
	}

	for (const { value: theme, index } of themes?.items ?? []) {
		refs(themes!.file, [index, 'figures'], String(theme.year), 'figures', theme.figures);
		cited(themes!.file, [index], String(theme.year), theme);
		if (theme.jinan) cited(themes!.file, [index, 'jinan'], String(theme.year), theme.jinan);
	}

	const figureById = new Map(figures.map((f) => [f.id, f]));
	for (const { value: conflict, index } of conflicts?.items ?? []) {
		refs(conflicts!.file, [index, 'figures'], conflict.id, 'figures', conflict.figures);
		conflict.quotes.forEach((q, i) => cited(conflicts!.file, [index, 'quotes', i], conflict.id, q));
		const values = conflict.figures.map((id) => figureById.get(id)).filter((f) => f !== undefined);
		const differ = new Set(values.map((f) => `${f.value}|${f.max}|${f.qualifier}|${f.unit}|${f.year}`));
		if (values.length === conflict.figures.length && differ.size < 2) {
			check.add(
				conflicts!.file,
				[index, 'figures'],
				'expected figures that disagree, got figures with the same value, unit and year',
				conflict.id,
				'figures'
			);
		} else if (values.length === conflict.figures.length) {
			const why = typeProblem(conflict.type, values);
			if (why) check.add(conflicts!.file, [index, 'type'], why, conflict.id, 'type');
		}
	}

	for (const { value: row, index } of progress?.items ?? []) {
		const at = (field: string, message: string) =>
			check.add(progress!.file, [index, field], message, row.target, field);
		const target = figureById.get(row.target);
		if (!target) at('target', `refers to the unknown figure "${row.target}"`);
		else if (target.kind !== 'target' || target.year !== 2025)
			at('target', `expected a 2025 target, got a ${target.year} ${target.kind}`);
		if (row.growth !== undefined) {
			const growth = figureById.get(row.growth);
			if (!growth) at('growth', `refers to the unknown figure "${row.growth}"`);
			else if (growth.kind !== 'target' || growth.measure !== 'growth')
				at('growth', `expected a growth-rate target, got a ${growth.measure} ${growth.kind}`);
		}
		row.later.forEach((id, i) => {
			const f = figureById.get(id);
			if (!f) check.add(progress!.file, [index, 'later', i], `refers to the unknown figure "${id}"`, row.target, 'later');
			else if (f.kind !== 'actual' && f.kind !== 'estimate')
				check.add(progress!.file, [index, 'later', i], `expected an actual or an estimate, got a ${f.kind}`, row.target, 'later');
		});
		if ((row.caveat_zh === undefined) !== (row.caveat_en === undefined))
			at(row.caveat_zh === undefined ? 'caveat_zh' : 'caveat_en', 'expected the caveat in both languages');
		if ((row.meaning_zh === undefined) !== (row.meaning_en === undefined))
			at(row.meaning_zh === undefined ? 'meaning_zh' : 'meaning_en', 'expected the meaning in both languages');
		// a caveat says the later figure measures something else: then nothing may judge the
		// target by it, here or on the desk, which reads the series alone
		if (target && row.caveat_zh !== undefined) {
			const judged = trackTarget(figures, target);
			if (judged.latest)
				at(
					'caveat_zh',
					`has a caveat (its later figure measures something else), yet ${judged.latest.id} shares the target's series and would give it a verdict: give that figure a series of its own, or drop the caveat`
				);
		}
	}

	const flagshipIds = new Set<string>();
	for (const { value: f, index } of flagships?.items ?? []) {
		if (flagshipIds.has(f.id))
			check.add(flagships!.file, [index, 'id'], 'duplicates the id of another project', f.id, 'id');
		flagshipIds.add(f.id);
		cited(flagships!.file, [index], f.id, { source: 'plan-14th-2021', excerpt: f.plan_excerpt });
		f.later.forEach((l, i) => cited(flagships!.file, [index, 'later', i], f.id, l));
		if ((f.status === 'no-later-mention') !== (f.later.length === 0))
			check.add(
				flagships!.file,
				[index, 'status'],
				f.later.length === 0
					? `expected no-later-mention for a project with no later words, got ${f.status}`
					: 'expected a status other than no-later-mention for a project with later words',
				f.id,
				'status'
			);
	}

	if (check.problems.length) throw new DatasetError(dedupe(check.problems));

	// Figures run in the order of data/sources.yaml, then file by file, then as written, so
	// the desk, the sources page and the exports list them in one editorial order.
	const sourceRank = new Map(sources!.items.map((s, i) => [s.value.id, i]));
	const rank = (f: Figure) => sourceRank.get(f.source) ?? sourceRank.size;

	return {
		sources: sources!.items.map((s) => s.value),
		units: units!.items.map((u) => u.value),
		categories: categories!.items.map((c) => c.value),
		figures: figures
			.map((f, i) => [f, i] as const)
			.sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j)
			.map(([f]) => f),
		plan: plan!.value,
		industries: industries!.items.map((s) => s.value),
		zones: places!.value.zones,
		towns: places!.value.towns,
		themes: themes!.items.map((t) => t.value),
		conflicts: conflicts!.items.map((c) => c.value),
		progress: progress!.items.map((p) => p.value),
		flagships: flagships!.items.map((f) => f.value),
		...(geo ? { geo: geo.value } : {})
	};
}

function checkCitation(
	sourceId: string,
	excerpt: string,
	sourceById: Map<string, { file: string }>,
	files: DataFiles
): { field: 'source' | 'excerpt'; message: string } | undefined {
	const source = sourceById.get(sourceId);
	if (!source) {
		return {
			field: 'source',
			message: `expected a source id listed in ${FILES.sources}, got "${sourceId}"`
		};
	}
	const text = files[SEEDS_DIR + source.file];
	if (text !== undefined && !excerptInSource(excerpt, text)) {
		return {
			field: 'excerpt',
			message: `expected words found in ${SEEDS_DIR}${source.file} (spaces and line breaks aside), got "${excerpt}"`
		};
	}
	return undefined;
}

function dedupe(problems: Problem[]): Problem[] {
	const seen = new Set<string>();
	return problems.filter((p) => {
		const key = formatProblem(p);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * Why a conflict's figures do not fit its type, or undefined. A flag (≠) must mean the
 * sources disagree about one measure, so the disagreeing types ask for two figures that
 * could have agreed; another place's figure is a comparison, never a disagreement.
 */
export function typeProblem(type: ConflictType, figures: readonly Figure[]): string | undefined {
	const pairs = figures.flatMap((a, i) => figures.slice(i + 1).map((b) => [a, b] as const));
	const home = (f: Figure) => f.scope === 'changqing';
	if (DISAGREEMENTS.includes(type) && !figures.every(home))
		return `expected only Changqing's figures in a disagreement (${type}): another place's figure is a comparison, so give it an entry of type comparison`;
	if (type === 'values') {
		const rival = pairs.some(
			([a, b]) =>
				a.unit === b.unit &&
				a.measure === b.measure &&
				(a.year === b.year || (a.kind === 'target' && b.kind === 'target')) &&
				(a.source !== b.source || a.excerpt !== b.excerpt)
		);
		if (!rival)
			return 'expected two figures of one measure (same unit, of one year or both targets) from different sources or passages: figures of different years are a change, not a disagreement';
	}
	if (type === 'unit' && !pairs.some(([a, b]) => a.year === b.year && a.unit !== b.unit))
		return 'expected two figures of one year in different units';
	if (type === 'arithmetic' && new Set(figures.map((f) => f.source)).size > 1)
		return "expected figures of one document (arithmetic: a document's own numbers do not agree)";
	if (type === 'comparison' && figures.every(home))
		return "expected another place's figure (a comparison sets Changqing against Jinan, Shandong or China)";
	if (type === 'incomplete') {
		// the whole is the largest; its parts, as given, sum to less, or are floors
		const [whole, ...parts] = [...figures].sort((a, b) => b.value - a.value);
		const sum = parts.reduce((s, f) => s + f.value, 0);
		const floors = parts.some((f) => f.qualifier === '>=' || f.qualifier === '>');
		if (!whole || parts.some((f) => f.unit !== whole.unit) || (sum >= whole.value && !floors))
			return 'expected a whole and its parts in one unit, the parts summing to less than the whole or given as floors (以上, 超过)';
	}
	return undefined;
}
