/**
 * Words a reader searches the data desk with that the figures do not use: a resident asks for
 * 学校 where the plan writes 中小学 and 幼儿园, for 医院 where it writes 卫生院, and an English
 * reader types a town's name in pinyin where the excerpt has it in Chinese. A query word that is
 * one of a group's `asked` words finds a row with any of its `finds` (see `matches` in
 * filter.ts); the narrower words find only themselves, so 幼儿园 does not bring up universities.
 */
import type { Dataset } from '$lib/data/schema';

export interface WordGroup {
	/** The words that widen (lower case: the search folds case). */
	asked: readonly string[];
	/** What they find, themselves included. */
	finds: readonly string[];
}

/** A subject: its general words in both languages, and the words the sources use for it. */
const topic = (asked: string[], narrower: string[]): WordGroup => ({
	asked,
	finds: [...asked, ...narrower]
});

/** Subjects a resident looks for. */
export const TOPICS: readonly WordGroup[] = [
	topic(
		['学校', 'school', 'schools', '教育', 'education'],
		[
			'中小学',
			'小学',
			'初中',
			'中学',
			'幼儿园',
			'高校',
			'大学',
			'学位',
			'kindergarten',
			'university'
		]
	),
	topic(
		['医院', 'hospital', 'hospitals', '医疗', 'health care'],
		['卫生院', '床位', '诊所', 'health centre', 'beds']
	),
	topic(['养老', 'elderly', 'old age'], ['老年', '敬老', 'pension']),
	topic(
		['交通', 'transport', 'roads', 'road'],
		['道路', '公路', '高速', '轨道', 'highway', 'expressway', 'rail']
	),
	topic(['收入', 'income', 'incomes'], ['可支配收入', 'earnings']),
	topic(['农业', 'farming', 'agriculture'], ['粮食', '耕地', '农田', 'grain', 'farmland']),
	topic(['环境', 'environment'], ['空气', '森林', '绿化', '水质', 'air', 'forest', 'water']),
	topic(['住房', 'housing', 'homes'], ['住宅', '安置']),
	topic(['就业', 'jobs', 'employment'], ['岗位'])
];

/**
 * Each zone's and town's names, all finding one another: Chinese in full and without
 * 街道/镇/片区, English in full and by its first word (孝里街道, 孝里, Xiaoli subdistrict, xiaoli).
 */
export function placeWords(data: Pick<Dataset, 'zones' | 'towns'>): WordGroup[] {
	return [...data.zones, ...data.towns].map((place) => {
		const en = place.en.toLowerCase();
		const names = [
			...new Set([place.zh, place.zh.replace(/(街道|镇|片区)$/u, ''), en, en.split(/\s+/u)[0]!])
		];
		return { asked: names, finds: names };
	});
}
