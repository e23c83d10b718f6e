import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '生态与健康',
	title: '山水与健康：空气、森林和“健康长清”',
	intro: [
		'“十四五”规划记长清2020年空气质量优良天数比例{fig:good-air-days-2020-baseline}；2024年的区政府工作报告给的是天数：2023年优良天数{fig:good-air-days-count-2023-actual}。一个是比例、一个是天数，两份文件没有说明是否同一口径。2023年，{fig:river-sections-class3-2023-actual}市控以上河流断面（市级及以上监测的河段）全部达到或优于Ⅲ类水体标准（五类中的中间一类）。',
		'规划在“十三五”成就中写森林覆盖率“达到”{fig:forest-cover-2020-baseline}（未写年份，本报道按2020年计）；2024年的区政府工作报告把森林覆盖率目标定为{fig:forest-cover-2024-target}，比它低。文件没有说明原因；本报道推测可能与统计口径调整有关，但不能据此认为森林减少了。数据台把两个数字都列了出来。'
	],
	steps: {
		intro: [
			'2021年，长清区政府印发《关于推进健康长清行动的实施意见》，给一批健康指标定了2022年和2030年的目标。图中每行一个指标：方块是山东省、圆点是济南市的基期水平（附表所列，不是长清的数字，大多未注年份），菱形是长清的目标。'
		],
		prevention: [
			'预防在前：居民健康素养水平2030年要达到{fig:health-literacy-2030-target}，高于附表所列全市的{fig:health-literacy-2017-baseline-jinan}；经常参加体育锻炼的人数比例2030年要达到{fig:health-regular-exercise-2030-target}。'
		],
		care: [
			'妇幼健康：婴儿死亡率2030年要降到{fig:health-infant-mortality-2030-target}，孕产妇死亡率降到{fig:health-maternal-mortality-2030-target}，这两项越低越好。',
			'婴儿死亡率的两个目标都高于附表所列的全市基期水平{fig:health-infant-mortality-2017-baseline-jinan}，意见没有说明原因。'
		],
		conflicts: [
			'有几处数字对不上。每千人口执业（助理）医师，实施意见定的2022年目标是{fig:doctors-per-1000-2022-target}，而同年的“十四五”规划把2025年目标定为{fig:doctors-per-1000-2025-target}。',
			'实施意见的正文与附表也有出入：经常参加体育锻炼的人数比例，正文写2022年达到{fig:health-regular-exercise-2022-target-text}，附表是{fig:health-regular-exercise-2022-target-table}；重大慢性病过早死亡率，正文写{fig:health-premature-ncd-mortality-2022-target-text}，附表是{fig:health-premature-ncd-mortality-2022-target}。我们把这些数字都保留，并在数据台标出。'
		]
	}
};
