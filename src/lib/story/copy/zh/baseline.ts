import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '起点',
	title: '2020年：“十三五”收官时的长清',
	intro: [
		'“十四五”规划以2020年为基期（衡量此后变化的起点年份）。这一年，长清区地区生产总值{fig:gdp-2020-baseline}，一般公共预算收入（区级财政预算的主要收入）{fig:budget-revenue-2020-baseline}，常住人口{fig:population-2020-baseline}。'
	],
	steps: {
		structure: [
			'经济分三次产业：第一产业主要是农业，第二产业主要是工业和建筑业，第三产业主要是服务业。规划在“十三五”成就中写三次产业结构“调整为”{num:industry-share-primary-2020-baseline}∶{num:industry-share-secondary-2020-baseline}∶{num:industry-share-tertiary-2020-baseline}（未写年份，本报道按2020年计）。'
		],
		secondary: ['第二产业占{fig:industry-share-secondary-2020-baseline}，在三者中最大。'],
		tertiary: [
			'第三产业占{fig:industry-share-tertiary-2020-baseline}。规划写长清大学城“坐拥”{fig:university-town-colleges-2020-baseline}高校，师生{fig:university-town-students-staff-2020-baseline}。'
		],
		primary: [
			'第一产业占{fig:industry-share-primary-2020-baseline}，比重最小；2020年长清的耕地保有量为{fig:farmland-2020-baseline}。乡村的情况见后面的“乡村”一章。'
		]
	}
};
