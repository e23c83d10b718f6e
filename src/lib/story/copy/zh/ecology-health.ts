import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '生态与健康',
	title: '山水与健康：空气、森林和“健康长清”',
	intro: [
		'2020年，长清森林覆盖率{fig:forest-cover-2020-baseline}，空气质量优良天数比例{fig:good-air-days-2020-baseline}。2023年，优良天数达到{fig:good-air-days-count-2023-actual}，{fig:river-sections-class3-2023-actual}市控以上河流断面全部达到或优于Ⅲ类水体标准。',
		'2024年的工作报告把森林覆盖率目标定为{fig:forest-cover-2024-target}，低于规划记载的2020年水平；两份文件的口径可能不同，数据台把两个数字都列了出来。'
	],
	steps: {
		intro: [
			'2021年，长清发布《健康长清行动》实施意见，给一批健康指标定了2022年和2030年的目标。右图每行一个指标：灰色的方块和圆点是山东省、济南市2017年的水平（不是长清的数字），绿色的菱形是长清的目标。'
		],
		prevention: [
			'预防在前：居民健康素养水平2030年要达到{fig:health-literacy-2030-target}，高于全市2017年的{fig:health-literacy-2017-baseline-jinan}；经常参加体育锻炼的人数比例2030年要达到{fig:health-regular-exercise-2030-target}。'
		],
		care: [
			'医疗保障：婴儿死亡率2030年要降到{fig:health-infant-mortality-2030-target}，孕产妇死亡率降到{fig:health-maternal-mortality-2030-target}，这两项越低越好。'
		],
		conflicts: [
			'有两项数字对不上。每千人口执业（助理）医师，健康行动定的2022年目标是{fig:doctors-per-1000-2022-target}，而同年的“十四五”规划把2025年目标定为{fig:doctors-per-1000-2025-target}。',
			'经常参加体育锻炼的人数比例，实施意见正文写2022年达到{fig:health-regular-exercise-2022-target-text}，附表却是{fig:health-regular-exercise-2022-target-table}。我们把两个数字都保留，并在数据台标出。'
		]
	}
};
