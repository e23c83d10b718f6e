import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '起点',
	title: '2020年：“十三五”收官时的长清',
	intro: [
		'“十四五”规划从2020年的家底算起。那一年，长清区地区生产总值为{fig:gdp-2020-baseline}，一般公共预算收入{fig:budget-revenue-2020-baseline}，常住人口{fig:population-2020-baseline}。'
	],
	steps: {
		structure: [
			'经济由三块组成：农业为主的第一产业、工业和建筑业为主的第二产业、服务业为主的第三产业。2020年三者之比是{fig:industry-share-primary-2020-baseline}、{fig:industry-share-secondary-2020-baseline}、{fig:industry-share-tertiary-2020-baseline}。'
		],
		secondary: [
			'第二产业占{fig:industry-share-secondary-2020-baseline}，是最大的一块。这正是后来“2+2”产业体系押注新能源汽车装备和生物医药的底气。'
		],
		tertiary: [
			'服务业占{fig:industry-share-tertiary-2020-baseline}，紧随其后。大学城里有师生{fig:university-town-students-staff-2020-baseline}，还有灵岩寺等景区，都是服务业的根基。'
		],
		primary: [
			'农业只占{fig:industry-share-primary-2020-baseline}，但长清仍有大片农田和山区村庄，乡村的故事在后面的章节里。'
		]
	}
};
