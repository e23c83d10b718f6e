/**
 * Healthy Changqing: for a handful of indicators, the 2022 and 2030 targets against the 2017
 * baselines of Shandong and Jinan — other places' figures, labelled as such. Each row has its
 * own scale; rows where the sources disagree say so.
 */
import { chartFigures } from '../figures';
import type { ChartFigure, ChartSpec } from '../types';

export interface HealthRow {
	id: string;
	label: string;
	group: 'prevention' | 'care';
	province: ChartFigure;
	city: ChartFigure;
	t2022: ChartFigure;
	t2030: ChartFigure;
	lowerIsBetter: boolean;
	/** The conflict in data/conflicts.yaml this row's figures belong to, if any. */
	conflict?: string;
}

export interface HealthData {
	rows: HealthRow[];
}

export interface HealthState {
	focus: 'all' | 'prevention' | 'care' | 'conflicts';
}

const ROWS: { series: string; label: string; group: HealthRow['group']; t2022?: string }[] = [
	{ series: 'health-literacy', label: '居民健康素养水平', group: 'prevention' },
	{
		series: 'health-regular-exercise',
		label: '经常参加体育锻炼',
		group: 'prevention',
		t2022: 'health-regular-exercise-2022-target-table'
	},
	{ series: 'health-fitness-standard', label: '体质测定合格以上', group: 'prevention' },
	{ series: 'doctors-per-1000', label: '每千人口执业医师', group: 'care' },
	{ series: 'health-infant-mortality', label: '婴儿死亡率', group: 'care' },
	{ series: 'health-maternal-mortality', label: '孕产妇死亡率', group: 'care' }
];

export const spec: ChartSpec<HealthData, HealthState> = {
	id: 'health-targets',
	title: '健康长清：2022、2030年目标与全省、全市基线',
	prepare(dataset) {
		const rows = ROWS.map((r): HealthRow => {
			const ids = [
				`${r.series}-2017-baseline-shandong`,
				`${r.series}-2017-baseline-jinan`,
				r.t2022 ?? `${r.series}-2022-target`,
				`${r.series}-2030-target`
			];
			const [province, city, t2022, t2030] = chartFigures(dataset, ids) as [
				ChartFigure,
				ChartFigure,
				ChartFigure,
				ChartFigure
			];
			const conflict = dataset.conflicts.find((c) => ids.some((id) => c.figures.includes(id)))?.id;
			return {
				id: r.series,
				label: r.label,
				group: r.group,
				province,
				city,
				t2022,
				t2030,
				lowerIsBetter: t2030.value < city.value && t2030.value < province.value,
				...(conflict ? { conflict } : {})
			};
		});
		return { rows };
	},
	states: {
		final: { focus: 'all' },
		prevention: { focus: 'prevention' },
		care: { focus: 'care' },
		conflicts: { focus: 'conflicts' }
	},
	describe(data, state) {
		const rows = data.rows.filter(
			(r) =>
				state.focus === 'all' ||
				r.group === state.focus ||
				(state.focus === 'conflicts' && r.conflict)
		);
		return (
			'每行一个指标，各用自己的刻度：方块是山东省2017年水平，圆点是济南市2017年水平（都不是长清的数字），实心菱形是长清2022年目标，空心菱形是2030年目标。' +
			rows
				.map(
					(r) =>
						`${r.label}：全省${r.province.display}，全市${r.city.display}，2022年目标${r.t2022.display}，2030年目标${r.t2030.display}${r.lowerIsBetter ? '（越低越好）' : ''}${r.conflict ? '（不同文件的数字不一致）' : ''}`
				)
				.join('；') +
			'。'
		);
	},
	table(data) {
		return {
			caption: '健康长清主要指标',
			columns: ['指标', '山东省2017年', '济南市2017年', '长清2022年目标', '长清2030年目标'],
			rows: data.rows.map((r) => ({
				cells: [r.label, r.province.display, r.city.display, r.t2022.display, r.t2030.display],
				figures: [r.province.id, r.city.id, r.t2022.id, r.t2030.id]
			}))
		};
	}
};
