/**
 * A step's chart as PowerPoint draws it itself: a native bar or line chart, or a table, holding
 * the numbers the chart shows in that step's state, so an office can restyle or correct it. A
 * chart that is neither (a map, a diagram, a timeline) is `undefined` here and goes on its slide
 * as its picture (see pptx.server.ts).
 *
 * Every word comes from the chart's own words (`zh.ts`, `en.ts`), the dataset's lexicon or the
 * number format, as the chart on screen writes it; every number from the chart's prepared data.
 * Client-safe: no server module, no I/O.
 *
 * Chart by chart:
 * - `locator-map` — a map: a picture.
 * - `industry-structure` — one bar in three shares: a native stacked bar, each sector named
 *   with its share in the key as the chart names it; the sectors a step does not talk about dim.
 * - `plan-targets` — 25 rows of different units, drawn as changes in % of each row's own 2020
 *   value: no one axis can hold them, so a table, the chart's own (name, group, 2020, 2025,
 *   binding), of the rows the step lights; the overview before any is drawn lists each group's
 *   indicators by their short names.
 * - `industry-pivot` — boxes of two industrial systems linked across: a diagram whose boxes,
 *   drawn to fit a slide's box, would set their names near 9 pt; so a table of the industries
 *   the step shows: the 2021 ones with their 2025 targets, the 2023 ones with their 2024
 *   results, or the 2023 ones each with the 2021 ones this report matches it to by name.
 * - `project-pipeline` — bars per year and list: a native column chart of the step's measure,
 *   headed with the measure's own label (it names the unit), the plan hatched and the reserve a
 *   dashed outline as on screen (the slides' words name it); where a step also shows what the
 *   signed projects were worth, a line under the chart says it in the chart's words.
 * - `zones-schematic` — zones as cards and towns as a matrix of roles: the zones' step a table
 *   of each zone's role, the towns' a table of the matrix itself, a ● where a town's role
 *   names the column (a mark, not a colour), in the role columns the step lights.
 * - `income-path` — incomes year by year: a native line chart over every year of the plan, the
 *   years with no figure left empty, the target's year labelled as the target; each series a
 *   solid line for what happened and a dotted one for the way still to go, as on screen; the
 *   urban/rural ratios of the `gap` step in a line under it.
 * - `health-targets` — a dot plot: each row a different measure on its own scale, so no one
 *   axis holds them and its picture fitted to a slide sets its labels near 9 pt: the chart's
 *   table (Shandong's and Jinan's baselines, Changqing's two targets) of the rows the step
 *   lights, each name with what the drawing writes beside it (越低越好, 有出入).
 * - `countryside` — five bars of grain in one unit: a native column chart, targets hatched as
 *   on screen; as two of the figures are floors (以上), each bar is named with its value as the
 *   chart writes it, so a floor never reads as an exact number; the conflict between the
 *   plan's two targets in a line under it.
 * - `target-progress` — a row per target, each in its own unit, a bar of the way covered
 *   beside words: ten rows of bars on one scale of shares would set their words far under
 *   18 pt, so the chart's table, of the rows the step lights, in the columns that say the
 *   step's point and fit a slide (growth achieved and needed; for every row, the way covered
 *   and the status). The rest (2020, the 2024 target, the caveat) is in the notes.
 * - `timeline-2035` — milestones quoted in the plan's words along the years: the chart's table
 *   (year, milestone, the source's words) of the milestones the step lights.
 *
 * So only the map is a picture: its slide's picture is the map alone, its names at the
 * slide's type (see pptx.server.ts).
 */
import type { BaseWords, ChartFigure, ChartText } from '$lib/charts/types';
import type {
	IndustryStructureData,
	IndustryStructureState,
	Sector
} from '$lib/charts/industry-structure/spec';
import type { Words as IndustryStructureWords } from '$lib/charts/industry-structure/zh';
import {
	lit as planLit,
	shortName,
	spec as planTargets,
	type PlanTargetsData,
	type PlanTargetsState
} from '$lib/charts/plan-targets/spec';
import type { Words as PlanTargetsWords } from '$lib/charts/plan-targets/zh';
import {
	bars as pipelineBars,
	type PipelineData,
	type PipelineState,
	type SlotKind
} from '$lib/charts/project-pipeline/spec';
import type { Words as PipelineWords } from '$lib/charts/project-pipeline/zh';
import {
	lit as incomeLit,
	YEARS as INCOME_YEARS,
	type Area,
	type IncomePathData,
	type IncomePathState
} from '$lib/charts/income-path/spec';
import type { Words as IncomeWords } from '$lib/charts/income-path/zh';
import {
	barLabel,
	lit as grainLit,
	type CountrysideData,
	type CountrysideState,
	type Measure as GrainMeasure
} from '$lib/charts/countryside/spec';
import type { Words as CountrysideWords } from '$lib/charts/countryside/zh';
import {
	lit as progressLit,
	spec as targetProgress,
	type TargetProgressData,
	type TargetProgressState
} from '$lib/charts/target-progress/spec';
import type { Words as ProgressWords } from '$lib/charts/target-progress/zh';
import {
	lit as healthLit,
	spec as healthTargets,
	type HealthData,
	type HealthState
} from '$lib/charts/health-targets/spec';
import type { Words as HealthWords } from '$lib/charts/health-targets/zh';
import { lit as zonesLit, type ZonesData, type ZonesState } from '$lib/charts/zones-schematic/spec';
import type { Words as ZonesWords } from '$lib/charts/zones-schematic/zh';
import {
	lit as timelineLit,
	spec as timelineSpec,
	type TimelineData,
	type TimelineState
} from '$lib/charts/timeline-2035/spec';
import type { Words as TimelineWords } from '$lib/charts/timeline-2035/zh';
import {
	extra,
	extraCell,
	tierName,
	type IndustryPivotData,
	type IndustryPivotState,
	type SystemKey
} from '$lib/charts/industry-pivot/spec';
import type { Words as PivotWords } from '$lib/charts/industry-pivot/zh';
import { drawn } from '$lib/charts/motion';
import type { PptxChart, PptxColor, PptxMark, PptxPlot, PptxTable } from './pptx';

/** What a chart's texts are written with, its words' type erased: each case below knows its own. */
export type NativeText = ChartText<BaseWords>;

/** The charts drawn natively; every other chart is its picture. */
export const NATIVE_CHARTS = [
	'industry-structure',
	'plan-targets',
	'project-pipeline',
	'income-path',
	'countryside',
	'target-progress',
	'health-targets',
	'zones-schematic',
	'timeline-2035',
	'industry-pivot'
] as const;

/** Whether a chart goes on a slide natively (else as its picture). */
export const isNative = (chart: string) => (NATIVE_CHARTS as readonly string[]).includes(chart);

/**
 * The native chart or table of `chart` in `state` (a state object of the chart's spec), or
 * undefined for a chart that is neither bars, lines nor a table.
 */
export function nativeChart(
	chart: string,
	data: unknown,
	state: unknown,
	t: NativeText
): PptxChart | undefined {
	switch (chart) {
		case 'industry-structure':
			return structure(data as IndustryStructureData, state as IndustryStructureState, words(t));
		case 'plan-targets':
			return plan(data as PlanTargetsData, state as PlanTargetsState, words(t));
		case 'project-pipeline':
			return pipeline(data as PipelineData, state as PipelineState, words(t));
		case 'income-path':
			return income(data as IncomePathData, state as IncomePathState, words(t));
		case 'countryside':
			return grain(data as CountrysideData, state as CountrysideState, words(t));
		case 'target-progress':
			return progress(data as TargetProgressData, state as TargetProgressState, words(t));
		case 'health-targets':
			return health(data as HealthData, state as HealthState, words(t));
		case 'zones-schematic':
			return zones(data as ZonesData, state as ZonesState, words(t));
		case 'timeline-2035':
			return timeline(data as TimelineData, state as TimelineState, words(t));
		case 'industry-pivot':
			return pivot(data as IndustryPivotData, state as IndustryPivotState, words(t));
		default:
			return undefined;
	}
}

/** The chart's text with its words as the chart's own type. */
const words = <W extends BaseWords>(t: NativeText) => t as unknown as ChartText<W>;

/**
 * Values and how they are labelled: exact figures as numbers on their bars or points (Excel's
 * General format keeps the sources' decimals; whole numbers take thousands separators), but a
 * figure with a qualifier or a range (以上, 超过, 4–5%) by its formatted text in its category's
 * name, and no number on the bar, so a floor never reads as an exact amount.
 */
function labelling(figures: ChartFigure[]) {
	const exact = figures.every((f) => !f.qualifier && f.max === undefined);
	const whole = figures.every((f) => Number.isInteger(f.value) && f.value >= 1000);
	return { values: exact, format: whole ? '#,##0' : 'General' };
}

const SECTOR_COLOUR: Record<Sector, PptxColor> = {
	primary: 'primary',
	secondary: 'secondary',
	tertiary: 'tertiary'
};

function structure(
	data: IndustryStructureData,
	state: IndustryStructureState,
	t: ChartText<IndustryStructureWords>
): PptxPlot {
	const { w, fmt } = t;
	return {
		kind: 'bar',
		horizontal: true,
		stacked: true,
		categories: [w.caption],
		// each sector named with its share, as the chart's description names it
		series: data.shares.map((s) => ({
			name: w.part({ sector: w.sector[s.sector], value: fmt.quantity(s) }),
			values: [s.value],
			color:
				state.highlight === null || state.highlight === s.sector ? SECTOR_COLOUR[s.sector] : 'dim'
		})),
		axis: '',
		max: data.shares.reduce((sum, s) => sum + s.value, 0),
		values: false,
		format: 'General',
		legend: true,
		alt: w.title
	};
}

function plan(
	data: PlanTargetsData,
	state: PlanTargetsState,
	t: ChartText<PlanTargetsWords>
): PptxTable {
	const { w, fmt, lex } = t;
	const columns = w.columns({ from: fmt.year(data.years.from), to: fmt.year(data.years.to) });
	if (!state.drawn)
		// before any change is drawn the chart names the rows, group by group
		return {
			kind: 'table',
			columns: [columns[1]!, columns[0]!],
			rows: data.groups.map((g) => [
				lex.terms.group[g] ?? g,
				fmt.list(data.rows.filter((r) => r.group === g).map((r) => shortName(r, w, lex)))
			]),
			alt: w.title
		};
	const table = planTargets.table(data, state, t);
	return {
		kind: 'table',
		columns: table.columns,
		rows: table.rows.filter((_, i) => planLit(data.rows[i]!, state)).map((r) => r.cells),
		alt: w.title
	};
}

const KIND_MARK: Record<SlotKind, PptxMark> = {
	actual: 'accent',
	plan: { color: 'accent', style: 'hatched' },
	reserve: { color: 'soft', style: 'outline' }
};

function pipeline(data: PipelineData, state: PipelineState, t: ChartText<PipelineWords>): PptxPlot {
	const { w, fmt } = t;
	const shown = pipelineBars(data, state);
	const label = labelling(shown.map((s) => s.figure));
	const totals = shown.filter((s) => s.total);
	return {
		kind: 'bar',
		categories: shown.map(
			(s) =>
				`${fmt.year(s.year)}\n${w.kind[s.kind]}` +
				(label.values ? '' : `\n${fmt.quantity(s.figure)}`)
		),
		series: [
			{
				name: w.metric[state.metric],
				values: shown.map((s) => s.figure.value),
				color: 'accent',
				points: shown.map((s) => KIND_MARK[s.kind])
			}
		],
		// the measure's own label says what is counted and in what unit
		axis: '',
		heading: w.metric[state.metric],
		...label,
		legend: false,
		...(totals.length
			? {
					note: fmt.list(
						totals.map((s) =>
							w.bar({
								year: fmt.year(s.year),
								kind: w.kind[s.kind],
								value: fmt.quantity(s.figure),
								total: fmt.quantity(s.total!)
							})
						)
					)
				}
			: {}),
		alt: w.title
	};
}

const AREA_COLOUR: Record<Area, PptxColor> = { urban: 'accent', rural: 'secondary' };

function income(data: IncomePathData, state: IncomePathState, t: ChartText<IncomeWords>): PptxPlot {
	const { w, fmt, lex } = t;
	const first = data.series[0]!;
	const figures = data.series.flatMap((s) => [s.baseline, s.latest, s.target]);
	const target = data.ratios.find((r) => r.kind === 'target');
	return {
		kind: 'line',
		categories: INCOME_YEARS.map((year) =>
			year === first.target.year ? w.targetPoint({ year }) : fmt.year(year)
		),
		// two line styles, as on screen: solid for what happened, dotted for the way still to go
		// from the latest figure to the target (the screen's third, the plan's straight line from
		// base to target, is left to the web: a hall reads two kinds of line, not three)
		series: data.series.flatMap((s) => {
			const at = (figures: { year: number; value: number }[]) =>
				INCOME_YEARS.map((year) => figures.find((f) => f.year === year)?.value ?? null);
			const color = incomeLit(s.id, state) ? AREA_COLOUR[s.id] : 'dim';
			return [
				{
					name: w.keyed({ series: w.series[s.id], kind: w.key.actual }),
					values: at([s.baseline, s.latest]),
					color
				},
				{
					name: w.keyed({ series: w.series[s.id], kind: w.key.needed }),
					values: at([s.latest, s.target]),
					color,
					dotted: true
				}
			];
		}),
		axis: lex.units[first.baseline.unit] ?? first.baseline.unit,
		...labelling(figures),
		legend: true,
		...(state.gap
			? {
					note:
						w.gapLabel +
						fmt.list(
							data.ratios.map(
								(r) => fmt.number(r.value, 2) + w.ratioWhen({ year: r.year, target: r === target })
							)
						)
				}
			: {}),
		alt: w.title
	};
}

const GRAIN_COLOUR: Record<GrainMeasure, PptxColor> = { capacity: 'accent', output: 'secondary' };

function grain(
	data: CountrysideData,
	state: CountrysideState,
	t: ChartText<CountrysideWords>
): PptxPlot {
	const { w, fmt, lex } = t;
	const label = labelling(data.bars.map((b) => b.figure));
	const unit = data.bars[0]!.figure.unit;
	return {
		kind: 'bar',
		categories: data.bars.map(
			(b) => barLabel(b, t) + (label.values ? '' : `\n${fmt.quantity(b.figure)}`)
		),
		series: [
			{
				name: w.caption,
				values: data.bars.map((b) => b.figure.value),
				color: 'accent',
				points: data.bars.map((b) =>
					!grainLit(b, state)
						? 'dim'
						: drawn(b.figure.kind) === 'hatched'
							? { color: GRAIN_COLOUR[b.measure], style: 'hatched' as const }
							: GRAIN_COLOUR[b.measure]
				)
			}
		],
		axis: lex.units[unit] ?? unit,
		...label,
		legend: false,
		...(data.bars.some((b) => b.conflict && grainLit(b, state)) ? { note: w.conflict } : {}),
		alt: w.title
	};
}

/**
 * The progress table's columns that fit a slide at 18 pt, of the chart's ten: the target, the
 * later figure, the target's value, then what the step is about: the yearly growth achieved and
 * still needed for the steps on pace, the way covered for the step about every row; and the
 * status. The 2020 baseline, the 2024 target and the caveat are in the step's notes.
 */
const PROGRESS_COLUMNS = { pace: [0, 2, 3, 5, 6, 8], all: [0, 2, 3, 4, 8] };

function progress(
	data: TargetProgressData,
	state: TargetProgressState,
	t: ChartText<ProgressWords>
): PptxTable {
	const table = targetProgress.table(data, state, t);
	const columns = PROGRESS_COLUMNS[state.focus === 'all' ? 'all' : 'pace'];
	const pick = (cells: string[]) => columns.map((i) => cells[i] ?? '');
	return {
		kind: 'table',
		columns: pick(table.columns),
		rows: table.rows.filter((_, i) => progressLit(data.rows[i]!, state)).map((r) => pick(r.cells)),
		alt: t.w.title
	};
}

/** The health table's rows the step lights, each name with the notes the drawing writes by it. */
function health(data: HealthData, state: HealthState, t: ChartText<HealthWords>): PptxTable {
	const { w } = t;
	const table = healthTargets.table(data, state, t);
	return {
		kind: 'table',
		columns: table.columns,
		rows: data.rows.flatMap((r, i) =>
			healthLit(r, state)
				? [
						[
							w.named({
								name: w.indicator[r.id],
								lowerIsBetter: r.lowerIsBetter,
								conflict: !!r.conflict
							}),
							...table.rows[i]!.cells.slice(1)
						]
					]
				: []
		),
		alt: w.title
	};
}

/** In the towns' matrix, a town whose role names the column: a mark, not a colour. */
const NAMES_ROLE = '●';

/** The zones and their roles, or the towns' matrix in the role columns the step lights. */
function zones(data: ZonesData, state: ZonesState, t: ChartText<ZonesWords>): PptxTable {
	const { w, lex } = t;
	const roles = data.roles.filter((r) => zonesLit(r, state));
	if (!roles.length)
		return {
			kind: 'table',
			columns: [w.columns[0]!, w.columns[2]!],
			rows: data.zones.map((z) => [lex.terms.zone[z.id] ?? z.id, lex.terms.zoneRole[z.id] ?? '']),
			alt: w.title
		};
	return {
		kind: 'table',
		columns: [w.columns[0]!, ...roles.map((r) => w.roles[r])],
		rows: data.towns.map((town) => [
			lex.terms.town[town.id] ?? town.id,
			...roles.map((r) => (town.roles.includes(r) ? NAMES_ROLE : ''))
		]),
		alt: w.title
	};
}

/** The timeline's milestones the step lights: year, milestone, the source's words. */
function timeline(
	data: TimelineData,
	state: TimelineState,
	t: ChartText<TimelineWords>
): PptxTable {
	const table = timelineSpec.table(data, state, t);
	const first = (cells: string[]) => cells.slice(0, 3);
	return {
		kind: 'table',
		columns: first(table.columns),
		rows: table.rows
			.filter((_, i) => timelineLit(data.milestones[i]!, state))
			.map((r) => first(r.cells)),
		alt: t.w.title
	};
}

/**
 * The industries of the system the step shows, with what the step adds to each (a 2025 target,
 * a 2024 result); where it shows both, the 2023 ones, each with the 2021 ones matched to it.
 */
function pivot(
	data: IndustryPivotData,
	state: IndustryPivotState,
	t: ChartText<PivotWords>
): PptxTable {
	const { w, lex, fmt } = t;
	const name = (id: string) => lex.terms.industry[id] ?? id;
	const year = (key: SystemKey) => fmt.year(data.systems.find((s) => s.key === key)!.year);
	const of = (system: SystemKey) => data.industries.filter((i) => i.system === system);
	if (state.view === 'both')
		return {
			kind: 'table',
			columns: w.slideColumns.both({ before: year('before'), after: year('after') }),
			rows: of('after').map((i) => [
				name(i.id),
				tierName(lex, data, 'after', i.tier),
				i.related.length ? w.matched({ names: i.related.map(name) }) : w.none
			]),
			alt: w.title
		};
	const system = state.view;
	return {
		kind: 'table',
		columns: w.slideColumns[system],
		rows: of(system).map((i) => [
			name(i.id),
			tierName(lex, data, system, i.tier),
			extraCell(extra(i, state), t)
		]),
		alt: w.title
	};
}
