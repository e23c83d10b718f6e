/**
 * The project pipeline year by year, under each year's theme (项目突破年 → 深化年 → 提升年):
 * each year's list of key projects (all started in 2023 and 2024; set for 2025), the reserve
 * list of January 2024 beside it as a list of its own, investment completed, projects signed.
 * Done, planned and in reserve are told apart by a label and by solid, hatched and outlined
 * bars, not by colour alone.
 */
import type { Dataset } from '$lib/data/schema';
import { chartFigure } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';
import type { Words } from './zh';

export const YEARS = [2023, 2024, 2025] as const;
/** What a bar counts: a year's list done, a year's list planned, or a reserve list. */
export const KINDS = ['reserve', 'plan', 'actual'] as const;
export type SlotKind = (typeof KINDS)[number];
/** The slots the sources fill in some state, in order: a reserve beside 2024's list. */
const SLOTS: [number, SlotKind][] = [
	[2023, 'actual'],
	[2024, 'reserve'],
	[2024, 'actual'],
	[2025, 'plan']
];
export const METRICS = ['count', 'investment', 'signed'] as const;
export type Metric = (typeof METRICS)[number];

export interface PipelineData {
	/** The years that have a theme; its name comes from the lexicon (`terms.theme`). */
	themes: number[];
	/** The years whose theme a source calls Jinan's (the city's), which Changqing carries out. */
	cityThemes: number[];
	/** For each metric, the figure in each (year, plan|actual) slot, where the sources give one. */
	metrics: Record<Metric, Record<string, ChartFigure>>;
	/** What each year's signed projects were worth. */
	signedValue: Record<string, ChartFigure>;
}

export interface PipelineState {
	metric: Metric;
}

export const slotKey = (year: number, kind: SlotKind) => `${year}-${kind}`;

/** One (year, kind) slot: always there, so bars can grow and shrink between states. */
export interface Slot {
	key: string;
	year: number;
	kind: SlotKind;
	/** The figure the state shows in this slot, if the sources give one. */
	figure?: ChartFigure;
	/** What the signed projects of this slot were worth, when the state shows signed projects. */
	total?: ChartFigure;
}

/** What a state shows: every slot, with the state's metric in it. Marks and words both read this. */
export function slots(data: PipelineData, state: PipelineState): Slot[] {
	return SLOTS.map(([year, kind]) => {
		const key = slotKey(year, kind);
		const figure = data.metrics[state.metric][key];
		const total = state.metric === 'signed' ? data.signedValue[key] : undefined;
		return {
			key,
			year,
			kind,
			...(figure ? { figure } : {}),
			...(figure && total ? { total } : {})
		};
	});
}

/** The slots that hold a bar in a state, year by year. */
export function bars(data: PipelineData, state: PipelineState): (Slot & { figure: ChartFigure })[] {
	return slots(data, state).filter((s): s is Slot & { figure: ChartFigure } => !!s.figure);
}

const IDS: Record<Metric, Record<string, string>> = {
	count: {
		'2023-actual': 'key-projects-2023-actual',
		'2024-reserve': 'key-projects-2024-plan',
		'2024-actual': 'key-projects-2024-actual',
		'2025-plan': 'key-projects-2025-plan'
	},
	investment: {
		'2023-actual': 'key-project-investment-2023-actual',
		'2025-plan': 'key-project-investment-2025-target'
	},
	signed: {
		'2023-actual': 'signed-projects-2023-actual',
		'2024-actual': 'signed-projects-2024-actual'
	}
};

const SIGNED_VALUE: Record<string, string> = {
	'2023-actual': 'signed-project-value-2023-actual',
	'2024-actual': 'signed-project-value-2024-actual'
};

const figuresOf = (dataset: Dataset, ids: Record<string, string>) =>
	Object.fromEntries(Object.entries(ids).map(([slot, id]) => [slot, chartFigure(dataset, id)]));

export const spec: ChartSpec<PipelineData, PipelineState, Words> = {
	id: 'project-pipeline',
	prepare(dataset) {
		return {
			themes: dataset.themes.map((t) => t.year),
			cityThemes: dataset.themes.filter((t) => t.jinan).map((t) => t.year),
			metrics: Object.fromEntries(METRICS.map((m) => [m, figuresOf(dataset, IDS[m])])) as Record<
				Metric,
				Record<string, ChartFigure>
			>,
			signedValue: figuresOf(dataset, SIGNED_VALUE)
		};
	},
	states: {
		final: { metric: 'count' },
		count: { metric: 'count' },
		investment: { metric: 'investment' },
		signed: { metric: 'signed' }
	},
	describe(data, state, { w, fmt, lex }) {
		const shown = bars(data, state).map((s) =>
			w.bar({
				year: fmt.year(s.year),
				kind: w.kind[s.kind],
				value: fmt.quantity(s.figure),
				total: s.total && fmt.quantity(s.total)
			})
		);
		const themes = fmt.list(
			data.themes.map((year) =>
				w.yearTheme({
					year: fmt.year(year),
					theme: w.theme({ name: lex.terms.theme[String(year)] ?? '' }),
					city: data.cityThemes.includes(year)
				})
			)
		);
		return w.describe({ metric: w.metric[state.metric], bars: shown, themes });
	},
	table(data, state, { w, fmt }) {
		return {
			caption: w.metric[state.metric],
			columns: w.columns,
			rows: bars(data, state).map((s) => ({
				cells: [
					fmt.year(s.year),
					w.kind[s.kind],
					s.total
						? w.withTotal({ value: fmt.quantity(s.figure), total: fmt.quantity(s.total) })
						: fmt.quantity(s.figure)
				],
				figures: s.total ? [s.figure.id, s.total.id] : [s.figure.id]
			}))
		};
	}
};
