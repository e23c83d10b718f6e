/** The /charts/ page. */
export const gallery = {
	title: '全部图表｜长清 2020 → 2035',
	description: '本报道的全部图表及其各个状态，每个数字都注明出处。',
	heading: '全部图表',
	lede: '本报道用到的每一张图，以及它在报道中出现的每个状态。',
	state: '状态：'
};
