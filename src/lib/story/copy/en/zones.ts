import type { ChapterCopy } from '../../types';

export const copy: ChapterCopy = {
	kicker: 'Zones',
	title: 'Four zones and ten subdistricts and towns: a division of labour',
	intro: [
		'A special feature for Jinan’s 2025 “two sessions” (the annual meetings of the city’s people’s congress and political consultative conference) describes Changqing’s four development zones; Box 4 of the 14th Five-Year Plan gives roles to each of the district’s ten subdistricts (jiedao, administrative divisions below the district) and towns. The chart below is a schematic drawn up from those words, not a map.',
		'The body of the plan divides the district another way, into areas such as Wenchang, Ping’an (the economic development zone) and Guyunhu (the University Town, where a number of universities have their campuses). That is not the same division as the four zones of the 2025 feature.'
	],
	steps: {
		zones: [
			'The four zones: the high-speed rail zone is to focus on “drawing in and gathering people, and bringing in industry”; the Zhongchuanwan zone is the “top priority” of Changqing’s urban development, to become a hub for high-end talent that combines “industry, education, research, housing and commerce”; the agricultural wholesale market zone is to “become a regional farm-produce logistics centre as soon as possible”; and the University Park zone is to draw on the universities for the “local conversion of research results”.'
		],
		towns: [
			'Now the subdistricts and towns: each row is one subdistrict or town, and each column a kind of role. A filled square means that the role the plan gives the place mentions that kind (as this report sorts the wording of Box 4).'
		],
		manufacturing: [
			'By this report’s grouping, the roles linked to manufacturing are those of Ping’an, Wufengshan and Guide subdistricts, and of Shuangquan town, whose role is “home of radiators”.'
		],
		health: [
			'“Health and elderly care” is written into the roles of most of the subdistricts and towns (the Wellness column). It is close to “culture, tourism and wellness”, one of the two featured industries of the district’s “2+2” industry system (this report’s comparison).'
		],
		farming: [
			'Farming falls to Wufengshan, Guide and Xiaoli subdistricts: modern agriculture in all three, and grain production in Guide and Xiaoli.'
		],
		all: [
			'Taken together: tourism is written into the role of every subdistrict and town, with health and elderly care second; manufacturing and farming are each concentrated in a few places.'
		]
	}
};
