import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Zones',
	title: 'Four zones and ten subdistricts and towns: a division of labour',
	intro: [
		'A special feature for Jinan’s 2025 “two sessions” describes Changqing’s four development zones; Box 4 of the 14th Five-Year Plan, its table of local roles, gives a role to each of the district’s ten subdistricts and towns. The chart is a schematic drawn from those words, not a map.'
	],
	steps: {
		zones: [
			'High-speed rail: “drawing in and gathering people, and bringing in industry”. Zhongchuanwan: the “top priority” of urban development, a hub for high-end talent. Agricultural wholesale market: “a regional farm-produce logistics centre”. University Park: “local conversion of research results”.'
		],
		all: [
			'A filled square means the zone’s role in Box 4 mentions that kind of activity (this report’s sorting). Tourism appears in every zone’s role; wellness in all but Wenchang, Ping’an and Xiaoli; manufacturing in Ping’an, Wufengshan, Guide and Shuangquan; farming in Wufengshan, Guide and Xiaoli, grain-production zones in Guide and Xiaoli alone.'
		]
	},
	notes: [
		'The “two sessions” are the annual meetings of the city’s people’s congress and political consultative conference. Subdistricts (jiedao) are administrative divisions below the district, beside the towns.',
		'The columns are this report’s grouping of the words of Box 4: a role that mentions manufacturing, an industrial park or radiators counts as manufacturing; industry–university–research, innovation, entrepreneurship or technology as innovation; wellness (including health and elderly care) as wellness; tourism or holidays as tourism; agriculture or grain as farming.',
		'The Wellness column echoes “culture, tourism and wellness”, a “2+2” distinctive industry (this report’s comparison).',
		'The body of the plan divides the district another way, into areas such as Wenchang, Ping’an (the economic development zone) and Guyunhu (the University Town, where a number of universities have their campuses). That is not the same division as the four zones of the 2025 feature.'
	],
	slides: {
		zones: {
			title: 'Four development zones, each with a role of its own',
			lines: [
				'High-speed rail: people and industry · Zhongchuanwan: the “top priority”',
				'Agricultural wholesale market: logistics · University Park: research'
			]
		},
		all: {
			title: 'By this report’s grouping, tourism is in every place’s role',
			lines: [
				'Wellness in all but Wenchang, Ping’an and Xiaoli',
				'Manufacturing: Ping’an, Wufengshan, Guide and Shuangquan'
			]
		}
	}
};
