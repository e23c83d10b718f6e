/**
 * The four zones and the ten streets/towns, as a schematic rather than a map: no boundary data
 * exists for the zones, so they are cards; the towns are rows of a matrix whose columns are the
 * roles the plan (专栏4) gives them, found in its own words.
 */
import type { ChartSpec } from '../types';
import type { Words } from './zh';

/** Role columns, each found by words in the plan's (Chinese) description of a town. */
const ROLE_PATTERNS = {
	manufacturing: /制造|产业园|散热器/u,
	innovation: /产学研|创新|创业|科技/u,
	health: /康养/u,
	tourism: /旅游|度假/u,
	farming: /农业|粮食/u
} as const;

export type Role = keyof typeof ROLE_PATTERNS;
export const ROLES = Object.keys(ROLE_PATTERNS) as Role[];

/** A town's type as a key for the words: 街道 is a subdistrict, 镇 a town. */
const TOWN_TYPES = { 街道: 'subdistrict', 镇: 'town' } as const;
export type TownType = (typeof TOWN_TYPES)[keyof typeof TOWN_TYPES];

export interface ZoneCard {
	/** The zone's id; its name and role are `lex.terms.zone` and `lex.terms.zoneRole`. */
	id: string;
	/** The document that names it and its role: the chart's credit cites it. */
	source: string;
}

export interface TownRow {
	/** The town's id; its name and role are `lex.terms.town` and `lex.terms.townRole`. */
	id: string;
	type: TownType;
	/** The role columns this town's role text names. */
	roles: Role[];
	/** The document that gives its role. */
	source: string;
}

export interface ZonesData {
	zones: ZoneCard[];
	towns: TownRow[];
	/** The role columns, in order. */
	roles: Role[];
}

export interface ZonesState {
	/** What the step talks about: the zones, one role column, or everything. */
	focus: 'zones' | 'towns' | 'manufacturing' | 'health' | 'tourism' | 'farming' | 'all';
}

/**
 * What a state highlights: the zone cards (`'zones'`), or a role column's towns. A state that
 * focuses on one role lights that role alone; `towns` and `all` light every role.
 */
export function lit(item: 'zones' | Role, state: ZonesState): boolean {
	if (item === 'zones') return state.focus === 'zones' || state.focus === 'all';
	return state.focus === item || state.focus === 'towns' || state.focus === 'all';
}

/** The one role column a state focuses on, if it focuses on one: its heading is emphasised. */
export function focusedRole(state: ZonesState): Role | undefined {
	const on = ROLES.filter((r) => lit(r, state));
	return on.length === 1 ? on[0] : undefined;
}

export const spec: ChartSpec<ZonesData, ZonesState, Words> = {
	id: 'zones-schematic',
	prepare(dataset) {
		return {
			zones: dataset.zones.map((z) => ({ id: z.id, source: z.source })),
			towns: dataset.towns.map((t) => ({
				id: t.id,
				type: TOWN_TYPES[t.type],
				roles: ROLES.filter((r) => ROLE_PATTERNS[r].test(t.role_zh)),
				source: t.source
			})),
			roles: ROLES
		};
	},
	states: {
		final: { focus: 'all' },
		zones: { focus: 'zones' },
		towns: { focus: 'towns' },
		manufacturing: { focus: 'manufacturing' },
		health: { focus: 'health' },
		tourism: { focus: 'tourism' },
		farming: { focus: 'farming' }
	},
	describe(data, state, { w, fmt, lex }) {
		const zones = w.zones({
			items: data.zones.map((z) =>
				w.zone({ name: lex.terms.zone[z.id] ?? z.id, role: lex.terms.zoneRole[z.id] ?? '' })
			)
		});
		if (!data.roles.some((r) => lit(r, state))) return zones;
		const town = (id: string) => lex.terms.town[id] ?? id;
		const role = focusedRole(state);
		if (role) {
			const towns = data.towns.filter((t) => t.roles.includes(role)).map((t) => town(t.id));
			return w.roleTowns({ count: towns.length, role: w.roles[role], towns: fmt.list(towns) });
		}
		const items = data.towns.map((t) =>
			w.townRoles({
				town: town(t.id),
				roles: t.roles.length ? fmt.list(t.roles.map((r) => w.roles[r])) : w.none
			})
		);
		return w.matrix({ zones: lit('zones', state) ? zones : '', items });
	},
	table(data, _state, { w, lex }) {
		return {
			caption: w.caption,
			columns: w.columns,
			rows: [
				...data.zones.map((z) => ({
					cells: [lex.terms.zone[z.id] ?? z.id, w.kind.zone, lex.terms.zoneRole[z.id] ?? ''],
					figures: []
				})),
				...data.towns.map((t) => ({
					cells: [lex.terms.town[t.id] ?? t.id, w.kind[t.type], lex.terms.townRole[t.id] ?? ''],
					figures: []
				}))
			]
		};
	}
};
