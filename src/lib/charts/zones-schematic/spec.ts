/**
 * The four zones and the ten streets/towns, as a schematic rather than a map: no boundary data
 * exists for the zones, so they are cards; the towns are rows of a matrix whose columns are the
 * roles the plan (专栏4) gives them, found in its own words.
 */
import type { ChartSpec } from '../types';

export interface ZoneCard {
	id: string;
	zh: string;
	role: string;
	source: string;
}

export interface TownRow {
	id: string;
	zh: string;
	type: '街道' | '镇';
	role: string;
	/** The role columns this town's role text names. */
	roles: string[];
}

export interface ZonesData {
	zones: ZoneCard[];
	towns: TownRow[];
	roles: { id: string; zh: string }[];
}

export interface ZonesState {
	/** What the step talks about: the zones, one role column, or everything. */
	focus: 'zones' | 'towns' | 'manufacturing' | 'health' | 'tourism' | 'farming' | 'all';
}

/** Role columns, each found by words in the plan's description of a town. */
export const ROLES = [
	{ id: 'manufacturing', zh: '制造', pattern: /制造|产业园|散热器/u },
	{ id: 'innovation', zh: '创新', pattern: /产学研|创新|创业|科技/u },
	{ id: 'health', zh: '康养', pattern: /康养/u },
	{ id: 'tourism', zh: '文旅', pattern: /旅游|度假/u },
	{ id: 'farming', zh: '农业', pattern: /农业|粮食/u }
] as const;

export const spec: ChartSpec<ZonesData, ZonesState> = {
	id: 'zones-schematic',
	title: '四大片区与十个街镇（示意图，非地图）',
	prepare(dataset) {
		const shorts = Object.fromEntries(dataset.sources.map((s) => [s.id, s.short]));
		return {
			zones: dataset.zones.map((z) => ({
				id: z.id,
				zh: z.zh,
				role: z.role_zh,
				source: shorts[z.source] ?? z.source
			})),
			towns: dataset.towns.map((t) => ({
				id: t.id,
				zh: t.zh,
				type: t.type,
				role: t.role_zh,
				roles: ROLES.filter((r) => r.pattern.test(t.role_zh)).map((r) => r.id)
			})),
			roles: ROLES.map((r) => ({ id: r.id, zh: r.zh }))
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
	describe(data, state) {
		const zones = `四大片区：${data.zones.map((z) => `${z.zh}（${z.role}）`).join('；')}。`;
		const role = data.roles.find((r) => r.id === state.focus);
		if (state.focus === 'zones') return zones;
		if (role) {
			const towns = data.towns.filter((t) => t.roles.includes(role.id)).map((t) => t.zh);
			return `规划给${towns.length}个街镇的定位里有“${role.zh}”：${towns.join('、')}。`;
		}
		const matrix = data.towns
			.map(
				(t) =>
					`${t.zh}：${t.roles.map((id) => data.roles.find((r) => r.id === id)!.zh).join('、') || '无'}`
			)
			.join('；');
		return `${state.focus === 'all' ? zones : ''}十个街镇按规划定位归类（示意，非地理位置）：${matrix}。`;
	},
	table(data) {
		return {
			caption: '片区与街镇的功能定位',
			columns: ['名称', '类型', '功能定位'],
			rows: [
				...data.zones.map((z) => ({ cells: [z.zh, '片区', z.role], figures: [] })),
				...data.towns.map((t) => ({ cells: [t.zh, t.type, t.role], figures: [] }))
			]
		};
	}
};
