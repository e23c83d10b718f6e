/**
 * From the 2021 plan's three leading and four featured industries to the 2023 "2+2" system.
 * One box per industry in each system; the 2023 boxes are linked to the 2021 industries they
 * grew out of (data/industries.yaml `related`).
 */
import { chartFigure } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';

export interface PivotIndustry {
	id: string;
	system: 'before' | 'after';
	tier: string;
	tierZh: string;
	zh: string;
	/** Row within its column, from 0 (tier headings take rows too). */
	row: number;
	/** The 2025 revenue target, for the 2021 industries that have one. */
	revenue?: ChartFigure;
	/** A 2024 result, for the 2023 industries the 2025 feature reports on. */
	result?: ChartFigure;
	/** Ids of the industries in the other system this one is linked to. */
	related: string[];
}

export interface IndustryPivotData {
	systems: { key: 'before' | 'after'; year: number; zh: string }[];
	industries: PivotIndustry[];
	headings: { system: 'before' | 'after'; row: number; zh: string }[];
	rows: number;
}

export interface IndustryPivotState {
	/** Which systems are shown: the 2021 one alone, or both with the links between them. */
	view: 'before' | 'both' | 'after';
	/** Show the 2021 revenue targets as bars. */
	revenue: boolean;
	/** Show the 2024 results beside the 2023 industries. */
	results: boolean;
}

/** Revenue targets are the figures whose unit is 亿元 and measure a level. */
function revenueOf(
	dataset: Parameters<ChartSpec<IndustryPivotData, IndustryPivotState>['prepare']>[0],
	ids: string[]
) {
	const f = ids
		.map((id) => chartFigure(dataset, id))
		.find((x) => x.unit === '亿元' && x.measure === 'level');
	return f;
}

/** 2024 results the 2025 feature reports for the "2+2" industries, with a short label. */
const RESULTS: Record<string, { id: string; label: string }> = {
	biomedicine: { id: 'biomedicine-key-projects-signed-2024-actual', label: '签约引进重点项目' },
	'online-audiovisual': { id: 'audiovisual-base-firms-2024-actual', label: '基地入驻企业' }
};

export const spec: ChartSpec<IndustryPivotData, IndustryPivotState> = {
	id: 'industry-pivot',
	title: '产业体系：从“3+4”到“2+2”',
	prepare(dataset) {
		const [before, after] = [...dataset.industries].sort((a, b) => a.year - b.year);
		if (!before || !after) throw new Error('industry-pivot: needs two industry systems');
		const industries: PivotIndustry[] = [];
		const headings: IndustryPivotData['headings'] = [];
		let rows = 0;
		for (const [key, system] of [
			['before', before],
			['after', after]
		] as const) {
			let row = 0;
			for (const tier of system.tiers) {
				headings.push({ system: key, row: row++, zh: tier.zh });
				for (const industry of tier.industries) {
					const revenue = key === 'before' ? revenueOf(dataset, industry.figures) : undefined;
					const r = RESULTS[industry.id];
					const result = r ? chartFigure(dataset, r.id, r.label) : undefined;
					industries.push({
						id: industry.id,
						system: key,
						tier: tier.id,
						tierZh: tier.zh,
						zh: industry.zh,
						row: row++,
						...(revenue ? { revenue } : {}),
						...(result ? { result } : {}),
						related: industry.related
					});
				}
			}
			rows = Math.max(rows, row);
		}
		return {
			systems: [
				{ key: 'before', year: before.year, zh: before.zh },
				{ key: 'after', year: after.year, zh: after.zh }
			],
			industries,
			headings,
			rows
		};
	},
	states: {
		final: { view: 'both', revenue: false, results: false },
		before: { view: 'before', revenue: false, results: false },
		revenue: { view: 'before', revenue: true, results: false },
		pivot: { view: 'both', revenue: false, results: false },
		results: { view: 'after', revenue: false, results: true }
	},
	describe(data, state) {
		const list = (system: 'before' | 'after') =>
			data.headings
				.filter((h) => h.system === system)
				.map(
					(h) =>
						`${h.zh}：` +
						data.industries
							.filter((i) => i.system === system && i.tierZh === h.zh)
							.map((i) =>
								state.revenue && i.revenue
									? `${i.zh}（2025年营业收入目标${i.revenue.display}）`
									: state.results && i.result
										? `${i.zh}（2024年：${i.result.label}${i.result.display}）`
										: i.zh
							)
							.join('、')
				)
				.join('；');
		const [b, a] = data.systems as [
			IndustryPivotData['systems'][0],
			IndustryPivotData['systems'][0]
		];
		if (state.view === 'before') return `${b.year}年${b.zh}。${list('before')}。`;
		const links = data.industries
			.filter((i) => i.system === 'after' && i.related.length)
			.map(
				(i) =>
					`${i.zh}承接${i.related.map((r) => data.industries.find((x) => x.id === r)?.zh).join('、')}`
			)
			.join('；');
		if (state.view === 'after') return `${a.year}年${a.zh}。${list('after')}。`;
		return `左列是${b.year}年的${b.zh}，右列是${a.year}年的${a.zh}，连线表示承接关系：${links}。`;
	},
	table(data) {
		return {
			caption: '两套产业体系',
			columns: ['产业', '体系', '层级', '2025年营业收入目标或2024年进展'],
			rows: data.industries.map((i) => ({
				cells: [
					i.zh,
					`${data.systems.find((s) => s.key === i.system)!.year}年`,
					i.tierZh,
					i.revenue?.display ?? (i.result ? `${i.result.label}${i.result.display}` : '—')
				],
				figures: [i.revenue?.id, i.result?.id].filter((x): x is string => !!x)
			}))
		};
	}
};
