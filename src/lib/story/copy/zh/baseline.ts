import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '起点',
	title: '2020年：“十三五”收官时的长清',
	intro: [
		'“十四五”规划以2020年为基期，也就是衡量此后五年变化的起点年份；这一年是“十三五”（2016—2020年的五年规划）的最后一年。当年长清的耕地保有量为{fig:farmland-2020-baseline}；规划写大学城“坐拥”{fig:university-town-colleges-2020-baseline}高校，师生{fig:university-town-students-staff-2020-baseline}。'
	],
	steps: {
		structure: [
			'第二产业（主要是工业和建筑业）占{fig:industry-share-secondary-2020-baseline}，在三次产业中最大；第三产业（主要是服务业）占{fig:industry-share-tertiary-2020-baseline}；第一产业（主要是农业）最小。'
		]
	},
	notes: [
		'规划在“十三五”成就中写三次产业结构“调整为”{num:industry-share-primary-2020-baseline}∶{num:industry-share-secondary-2020-baseline}∶{num:industry-share-tertiary-2020-baseline}，没有写是哪一年的数，本报道按2020年计。',
		'一般公共预算收入指区级财政预算的主要收入。'
	],
	slides: {
		structure: {
			title: '“十三五”末，第二产业占比最大',
			lines: [
				'第二产业占{fig:industry-share-secondary-2020-baseline}，第三产业占{fig:industry-share-tertiary-2020-baseline}',
				'大学城师生{fig:university-town-students-staff-2020-baseline}，耕地保有量{fig:farmland-2020-baseline}'
			]
		}
	}
};
