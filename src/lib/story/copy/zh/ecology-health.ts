import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: '健康与生态',
	title: '“健康长清”：到2030年的健康目标',
	intro: [
		'先说生态：2023年长清空气优良天数{fig:good-air-days-count-2023-actual}，{fig:river-sections-class3-2023-actual}市控以上河流断面（市级及以上监测的河段）全部达到或优于Ⅲ类水体标准（地表水水质分五类，Ⅲ类居中）。2024年的森林覆盖率目标是{fig:forest-cover-2024-target}，低于规划记下的{fig:forest-cover-2020-baseline}；文件没有说明原因，不能据此认为森林减少了。',
		'本章的图讲健康：2021年，区政府印发《关于推进健康长清行动的实施意见》，给一批健康指标定了2022年和2030年的目标。'
	],
	steps: {
		prevention: [
			'方块、圆点是实施意见附表（主要指标表）所列山东省、济南市的基期水平（起点），不是长清的；菱形是长清的目标。',
			'预防在前：2030年，居民健康素养水平要达到{fig:health-literacy-2030-target}（附表所列全市为{fig:health-literacy-2017-baseline-jinan}），经常参加体育锻炼的比例要达{fig:health-regular-exercise-2030-target}，体质测定合格以上的要达{fig:health-fitness-standard-2030-target}。'
		],
		care: [
			'妇幼健康：婴儿死亡率2030年要降到{fig:health-infant-mortality-2030-target}，孕产妇死亡率降到{fig:health-maternal-mortality-2030-target}，都是越低越好。',
			'婴儿死亡率2022、2030年的两个目标，都高于附表所列的全市基期水平{fig:health-infant-mortality-2017-baseline-jinan}，意见没有说明原因。'
		],
		conflicts: [
			'图中标“≠”（有出入）的行，数字在文件之间或文件内部对不上。最明显的是每千人口执业（助理）医师：实施意见定2022年达到{fig:doctors-per-1000-2022-target}，同年印发的“十四五”规划定的2025年目标却是{fig:doctors-per-1000-2025-target}。'
		]
	},
	notes: [
		'空气：规划记2020年空气质量优良天数比例{fig:good-air-days-2020-baseline}，2024年的区政府工作报告给的是2023年的天数。一个是比例、一个是天数，两份文件没有说明算法是否相同，本报道不把两者连成趋势。',
		'森林：规划在“十三五”成就中写森林覆盖率“达到”{fig:forest-cover-2020-baseline}，未写年份，本报道按2020年计。本报道推测两个数的差别可能来自统计方法的调整，但文件没有说明。',
		'居民健康素养水平指具备基本健康知识和技能的居民所占比例。附表所列的省、市基期水平大多未注年份，本报道按2017年排列。',
		'实施意见的正文与附表也有出入：经常参加体育锻炼的人数比例，正文写2022年达到{fig:health-regular-exercise-2022-target-text}，附表写{fig:health-regular-exercise-2022-target-table}（附表里{fig:health-regular-exercise-2030-target}是2030年的目标）；重大慢性病过早死亡率，正文写{fig:health-premature-ncd-mortality-2022-target-text}，附表写{fig:health-premature-ncd-mortality-2022-target}，同一个数，单位不同。医师数方面，两份文件都没有说明怎么统计，数字接不上。本报道把这些数字都保留。'
	],
	slides: {
		prevention: {
			title: '预防在前：2030年健康素养要达{fig:health-literacy-2030-target}',
			lines: [
				'经常参加体育锻炼人数比例要达{fig:health-regular-exercise-2030-target}',
				'全省、全市基期水平只作参照，不是长清的数字'
			]
		},
		care: {
			title: '2030年婴儿死亡率要降到{fig:health-infant-mortality-2030-target}',
			lines: [
				'孕产妇死亡率降到{fig:health-maternal-mortality-2030-target}',
				'婴儿死亡率两个目标均高于全市基期{fig:health-infant-mortality-2017-baseline-jinan}'
			]
		},
		conflicts: {
			title: '每千人口医师数，两份文件的目标对不上',
			lines: [
				'实施意见：2022年目标{fig:doctors-per-1000-2022-target}',
				'“十四五”规划：2025年目标{fig:doctors-per-1000-2025-target}'
			]
		}
	}
};
