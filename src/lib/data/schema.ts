/**
 * The dataset's schema: the one place its types come from. Every file in `data/` is parsed
 * against these at build time and in tests (see `parse.ts`); code inward trusts the types.
 */
import * as v from 'valibot';

/**
 * baseline: the starting point a plan measures from; actual: a result reported for a past
 * year; estimate: a result a source expects before the year's books close (有望, 预计);
 * target: a goal set for a year; plan: work scheduled for the coming year.
 */
export const KINDS = ['baseline', 'actual', 'estimate', 'target', 'plan'] as const;
/** Which way a target wants its figure to move: the status of every target depends on it. */
export const DIRECTIONS = ['higher', 'lower'] as const;
/** level: an amount at a time; growth: a yearly % change; cumulative: a total over `period`. */
export const MEASURES = ['level', 'growth', 'cumulative'] as const;
export const QUALIFIERS = ['>', '>=', '<', '<=', 'about', 'nearly', 'class'] as const;
/** Whose figure it is. The health plan quotes Shandong's and Jinan's baselines beside its own. */
export const SCOPES = ['changqing', 'jinan', 'shandong', 'china'] as const;
export const YEAR_MIN = 2015;
export const YEAR_MAX = 2035;

const text = (what: string) =>
	v.pipe(v.string(`a text (${what})`), v.trim(), v.minLength(1, `a non-empty text (${what})`));

export const Id = v.pipe(
	v.string('an id'),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id (a–z, 0–9 and single hyphens)'),
	v.maxLength(80, 'an id of at most 80 characters')
);

const Year = v.pipe(
	v.number('a year as a number'),
	v.integer('a whole year'),
	v.minValue(YEAR_MIN, `a year from ${YEAR_MIN} to ${YEAR_MAX}`),
	v.maxValue(YEAR_MAX, `a year from ${YEAR_MIN} to ${YEAR_MAX}`)
);

const FiniteNumber = v.pipe(
	v.number('a number (write 338.8, not "338.8亿元"; the unit goes in `unit`)'),
	v.finite('a finite number')
);

const Period = v.pipe(
	v.string('a period such as "2021-2025"'),
	v.regex(/^(\d{4})-(\d{4})$/, 'a period such as "2021-2025"')
);

/** A claim taken from a source document, with the words that support it. */
const Cited = {
	source: Id,
	excerpt: v.pipe(
		text('a verbatim excerpt from the source'),
		v.maxLength(400, 'an excerpt of at most 400 characters')
	),
	/** The excerpt in English, a close gloss of its words, shown beside it on English pages. */
	excerpt_en: v.pipe(
		text('the excerpt in English: a close gloss of its words'),
		v.check((t) => !/\p{Script=Han}/u.test(t), 'English, with no Chinese characters')
	)
};

export const FigureSchema = v.strictObject({
	id: Id,
	/** Figures of one metric across years and kinds share a series (2020 GDP, 2023 GDP, 2025 target). */
	series: v.optional(Id),
	metric_zh: text('the metric in Chinese'),
	metric_en: text('the metric in English'),
	category: text('a category from data/categories.yaml'),
	unit: text('a unit from data/units.yaml'),
	year: Year,
	period: v.optional(Period),
	kind: v.picklist(KINDS, `one of ${KINDS.join(', ')}`),
	measure: v.picklist(MEASURES, `one of ${MEASURES.join(', ')}`),
	/** For a target: whether a higher or a lower figure is better. Required on every target. */
	better: v.optional(v.picklist(DIRECTIONS, `one of ${DIRECTIONS.join(', ')}`)),
	value: FiniteNumber,
	/** Upper bound of a range such as "4–5%"; `value` holds the lower bound. */
	max: v.optional(FiniteNumber),
	qualifier: v.optional(v.picklist(QUALIFIERS, `one of ${QUALIFIERS.join(' ')}`)),
	scope: v.optional(v.picklist(SCOPES, `one of ${SCOPES.join(', ')}`), 'changqing'),
	/** 约束性 (binding) or 预期性 (expected), for plan indicators. */
	binding: v.optional(v.boolean('true (约束性) or false (预期性)')),
	/**
	 * An amount for one year alone (jobs created, investment completed in the year), or a
	 * target set for one year alone (a work report's targets for the coming year): only an
	 * actual of the target's own year can meet it, never an earlier year's.
	 */
	annual: v.optional(v.boolean('true for an amount of one year alone')),
	/**
	 * The source gives no year: `year` only places the figure (for order and comparison), and
	 * the site shows "no year given" wherever it would show the year.
	 */
	undated: v.optional(v.literal(true, 'true where the source gives no year')),
	...Cited,
	note_zh: v.optional(text('a note in Chinese')),
	note_en: v.optional(text('a note in English'))
});

export const SourceSchema = v.strictObject({
	id: Id,
	short: text('a short name for citations'),
	short_en: text('a short English name for citations'),
	title: text('the title'),
	title_en: text('the title in English'),
	issuer: text('the issuer'),
	issuer_en: text('the issuer in English'),
	date: v.pipe(
		v.string('a date as text'),
		v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date as YYYY-MM-DD or YYYY-MM')
	),
	doc_number: v.optional(text('the document number')),
	file: v.pipe(
		v.string('a file name'),
		v.regex(/^[\w.-]+\.txt$/, 'a .txt file name under data/seeds/')
	),
	covers: text('what it covers, in Chinese'),
	covers_en: text('what it covers, in English'),
	about: v.picklist(['changqing', 'context'], 'changqing or context')
});

export const UnitSchema = v.strictObject({ id: text('the unit'), en: v.string('English unit') });
export const CategorySchema = v.strictObject({
	id: Id,
	zh: text('the Chinese name'),
	en: text('the English name')
});

/** 专栏1: the 25 main indicators of the 14th Five-Year Plan, grouped as the plan groups them. */
export const PlanGroupSchema = v.strictObject({ id: Id, zh: text('name'), en: text('name') });
export const PlanIndicatorSchema = v.strictObject({
	no: v.pipe(v.number('the row number'), v.integer(), v.minValue(1), v.maxValue(25)),
	group: Id,
	name_zh: text('the indicator in Chinese'),
	name_en: text('the indicator in English'),
	unit: text('the unit'),
	binding: v.boolean('true (约束性) or false (预期性)'),
	/** Figure ids; absent where the table has no number (e.g. "完成市下达任务"). */
	baseline: v.optional(Id),
	target: v.optional(Id),
	growth: v.optional(Id),
	/** What the table says where it gives no number for the target. */
	target_text_zh: v.optional(text('the target in words')),
	target_text_en: v.optional(text('the target in words, English')),
	...Cited
});
export const PlanTableSchema = v.strictObject({
	groups: v.array(PlanGroupSchema),
	indicators: v.array(PlanIndicatorSchema)
});

/** An industry system: the 2021 plan's 3 leading + 4 distinctive industries, 2023's "2+2". */
export const IndustrySchema = v.strictObject({
	id: Id,
	zh: text('the industry in Chinese'),
	en: text('the industry in English'),
	/** Figure ids: revenue targets and results for this industry. */
	figures: v.optional(v.array(Id), []),
	/** Ids of industries in another system that this one grew out of or into. */
	related: v.optional(v.array(Id), []),
	...Cited
});
export const IndustryTierSchema = v.strictObject({
	id: Id,
	zh: text('the tier in Chinese'),
	en: text('the tier in English'),
	industries: v.array(IndustrySchema)
});
export const IndustrySystemSchema = v.strictObject({
	id: Id,
	year: Year,
	zh: text('the system in Chinese'),
	en: text('the system in English'),
	tiers: v.array(IndustryTierSchema),
	...Cited
});

/** The four development zones (四大片区) and the ten streets and towns (专栏4). */
export const ZoneSchema = v.strictObject({
	id: Id,
	zh: text('the zone in Chinese'),
	en: text('the zone in English'),
	role_zh: text('its role in Chinese'),
	role_en: text('its role in English'),
	figures: v.optional(v.array(Id), []),
	...Cited
});
export const TownSchema = v.strictObject({
	id: Id,
	zh: text('the street or town in Chinese'),
	en: text('the street or town in English'),
	type: v.picklist(['街道', '镇'], '街道 or 镇'),
	role_zh: text('its role in Chinese'),
	role_en: text('its role in English'),
	...Cited
});
export const PlacesSchema = v.strictObject({
	zones: v.array(ZoneSchema),
	towns: v.array(TownSchema)
});

/** The yearly themes (项目突破年 → 深化年 → 提升年) and the project figures of each year. */
export const ThemeSchema = v.strictObject({
	year: Year,
	zh: text('the theme in Chinese'),
	en: text('the theme in English'),
	/** The words that say the theme is Jinan's, where a source says so. */
	jinan: v.optional(v.strictObject(Cited)),
	figures: v.optional(v.array(Id), []),
	...Cited
});

/** Jinan's districts, projected once into SVG paths by scripts/build-geo.ts. */
export const GeoSchema = v.strictObject({
	source: text('where the boundaries come from, with their licence'),
	note: text('what the boundaries show and when'),
	view_box: v.pipe(v.string(), v.regex(/^0 0 \d+ \d+$/, 'a viewBox such as "0 0 400 400"')),
	districts: v.pipe(
		v.array(
			v.strictObject({
				zh: text('the district in Chinese'),
				d: v.pipe(v.string(), v.regex(/^M[\d.,LMZ-]+$/, 'an SVG path of M, L and Z commands')),
				label: v.tuple([v.number(), v.number()])
			})
		),
		v.minLength(1, 'at least one district')
	)
});

/** Figures that disagree, or look alike and are not: every one is kept, and the note is shown. */
export const CONFLICT_TYPES = [
	'values',
	'unit',
	'arithmetic',
	'definition',
	'qualifier',
	'conflation',
	'comparison',
	'incomplete',
	'inconsistent'
] as const;
/**
 * The types where the sources disagree: their figures carry the ≠ flag wherever they are
 * shown. The others say why figures that look comparable are not; a reader finds them in the
 * figure's tip and on the desk, and no flag is raised, because no source is contradicted.
 */
export const DISAGREEMENTS: readonly ConflictType[] = ['values', 'unit', 'arithmetic'];
export const ConflictSchema = v.strictObject({
	id: Id,
	/**
	 * Disagreements (flagged): values: two numbers for one measure (same unit and place, of
	 * one year or both targets); unit: one measure of one year in different units; arithmetic:
	 * one document whose own numbers do not agree. Notes (not flagged): definition: figures
	 * worded differently, not known to measure the same thing; qualifier: a 以上/近/约 that
	 * changes between years; conflation: counts of different things that read as one;
	 * comparison: a figure set against another place's; incomplete: parts that, as given, do
	 * not account for the whole (floors that sum to less than the total); inconsistent: a
	 * document's stated relation between two measures that its own numbers for them break.
	 */
	type: v.picklist(CONFLICT_TYPES, `one of ${CONFLICT_TYPES.join(', ')}`),
	figures: v.pipe(v.array(Id), v.minLength(2, 'at least two figure ids')),
	/** Words of a source that make the conflict, beyond the figures' own excerpts. */
	quotes: v.optional(v.array(v.strictObject(Cited)), []),
	/** One sentence, for a figure's tip: what differs, in plain words. */
	summary_zh: v.pipe(
		text('a one-sentence summary in Chinese'),
		v.regex(/^[^。]+。$/u, 'one sentence, ending in 。'),
		v.maxLength(60, 'at most 60 characters: it is read in a tip')
	),
	summary_en: v.pipe(
		text('a one-sentence summary in English'),
		v.regex(/^(?:(?!\. [A-Z]).)+\.$/u, 'one sentence, ending in a full stop'),
		v.maxLength(160, 'at most 160 characters: it is read in a tip')
	),
	note_zh: text('a neutral explanation in Chinese'),
	note_en: text('a neutral explanation in English')
});

/** A row of the 进度 chapter: a 2025 target and the figures reported since (data/progress.yaml). */
export const ProgressSchema = v.strictObject({
	target: Id,
	/** The average-growth target of the same indicator, beside the level. */
	growth: v.optional(Id),
	later: v.pipe(v.array(Id), v.minLength(1, 'at least one later figure')),
	/** How the later figures differ from what the target measures, where they do. */
	caveat_zh: v.optional(text('the caveat in Chinese')),
	caveat_en: v.optional(text('the caveat in English')),
	/**
	 * What the indicator is, in plain words, where its name is a term of art: shown under its
	 * name on the story's first screen, where a reader meets it before any chapter explains it.
	 */
	meaning_zh: v.optional(text('the meaning in Chinese')),
	meaning_en: v.optional(text('the meaning in English'))
});

/** What the later sources say became of a flagship project, in their own words' terms. */
export const FLAGSHIP_STATUSES = [
	'opened',
	'under-construction',
	'signed',
	'mentioned',
	'unclear',
	'no-later-mention'
] as const;
/** A flagship project named in the plan's boxes 专栏2–8, and what later sources say of it. */
export const FlagshipSchema = v.strictObject({
	id: Id,
	box: v.pipe(v.number('the box number'), v.integer(), v.minValue(2), v.maxValue(8)),
	box_title_zh: text('the box title as the plan writes it'),
	name_zh: text('the project as the plan names it'),
	name_en: text('the project in English'),
	/** The plan's words that name it (source plan-14th-2021). */
	plan_excerpt: text('the words of the plan that name the project'),
	/**
	 * opened: a later source says it (or a part of it) is in use, operating or delivered;
	 * under-construction: started, being built, topped out; signed: signed or introduced only;
	 * mentioned: named, with plans but no state; unclear: a later mention may or may not be
	 * this project; no-later-mention: none of the later sources names it.
	 */
	status: v.picklist(FLAGSHIP_STATUSES, `one of ${FLAGSHIP_STATUSES.join(', ')}`),
	later: v.array(v.strictObject({ ...Cited, year: Year })),
	note_zh: v.optional(text('a note in Chinese')),
	note_en: v.optional(text('a note in English'))
});

export type Kind = (typeof KINDS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type ConflictType = (typeof CONFLICT_TYPES)[number];
export type Measure = (typeof MEASURES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Unit = v.InferOutput<typeof UnitSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type PlanGroup = v.InferOutput<typeof PlanGroupSchema>;
export type PlanIndicator = v.InferOutput<typeof PlanIndicatorSchema>;
export type IndustrySystem = v.InferOutput<typeof IndustrySystemSchema>;
export type Zone = v.InferOutput<typeof ZoneSchema>;
export type Town = v.InferOutput<typeof TownSchema>;
export type Theme = v.InferOutput<typeof ThemeSchema>;
export type Conflict = v.InferOutput<typeof ConflictSchema>;
export type Progress = v.InferOutput<typeof ProgressSchema>;
export type Flagship = v.InferOutput<typeof FlagshipSchema>;
export type FlagshipStatus = (typeof FLAGSHIP_STATUSES)[number];
export type Geo = v.InferOutput<typeof GeoSchema>;

export interface Dataset {
	sources: Source[];
	units: Unit[];
	categories: Category[];
	figures: Figure[];
	plan: { groups: PlanGroup[]; indicators: PlanIndicator[] };
	industries: IndustrySystem[];
	zones: Zone[];
	towns: Town[];
	themes: Theme[];
	conflicts: Conflict[];
	/** The 进度 chapter's rows: every 2025 target with a later figure. */
	progress: Progress[];
	/** The plan's flagship projects (专栏2–8) and what later sources say of them. */
	flagships: Flagship[];
	/** The locator map's districts, when data/geo/ has them. */
	geo?: Geo;
}
