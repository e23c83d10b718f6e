import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Zones',
	title: 'Four zones and ten subdistricts and towns: a division of labour',
	intro: [
		'A special feature for Jinan’s 2025 “two sessions” (the annual meetings of the city’s people’s congress and political consultative conference) describes Changqing’s four development zones; Box 4 of the 14th Five-Year Plan (the plan’s table of local roles) gives roles to each of the district’s ten subdistricts (jiedao, administrative divisions below the district) and towns. The chart is a schematic drawn up from those words, not a map.'
	],
	steps: {
		zones: [
			'The high-speed rail zone is to focus on “drawing in and gathering people, and bringing in industry”; Zhongchuanwan is the “top priority” of urban development, a hub for high-end talent; the agricultural wholesale market zone is to become “a regional farm-produce logistics centre”; University Park is to draw on the universities for the “local conversion of research results”.'
		],
		towns: [
			'Now the subdistricts and towns: each row is one place, each column a kind of role. A filled square means the role the plan gives the place mentions that kind (as this report sorts the wording of Box 4).',
			'The Wellness column is close to “culture, tourism and wellness”, a featured industry of the “2+2” system (this report’s comparison).'
		],
		all: [
			'Taken together (by this report’s grouping): tourism is in every place’s role; wellness in all but Wenchang, Ping’an and Xiaoli. Manufacturing is in Ping’an, Wufengshan, Guide and Shuangquan, the “home of radiators”; farming in Wufengshan, Guide and Xiaoli, with grain production in Guide and Xiaoli only.'
		]
	},
	notes: [
		'The columns are this report’s grouping of the words of Box 4: a role that mentions manufacturing, an industrial park or radiators counts as manufacturing; industry–university–research, innovation, entrepreneurship or technology as innovation; wellness (including health and elderly care) as wellness; tourism or holidays as tourism; agriculture or grain as farming.',
		'The body of the plan divides the district another way, into areas such as Wenchang, Ping’an (the economic development zone) and Guyunhu (the University Town, where a number of universities have their campuses). That is not the same division as the four zones of the 2025 feature.'
	]
};
