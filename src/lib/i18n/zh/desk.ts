import type { Comparison, Unlike } from '$lib/data/derive';
/**
 * The words of the data desk (/data/) in Chinese, with those of the parts it shares with
 * /sources/ and /about/: the status rule, and the list of figures that disagree.
 */

/** A page of the site, or a download, that prose links to. */
export type LinkTarget = 'data' | 'sources' | 'csv' | 'json' | 'charts';

/**
 * Prose with a little markup, rendered by `desk/Rich.svelte`: text, bold text, a number
 * (bold or not), code, or a link to one of the site's pages or downloads.
 */
export type Rich = (
	| string
	| { strong: string }
	| { num: string; bold?: true }
	| { code: string }
	| { link: LinkTarget; text: string }
)[];

export const desk = {
	/** The page's <title>, after which the site's name follows. */
	title: (p: { site: string }) => `数据｜${p.site}`,
	description:
		'长清区规划、报告和报道中的数字：可搜索、可筛选，每个目标的进度和判断理由一目了然，均附原文出处。',
	heading: '数据：本报道用到的每一个数字',
	lede: (p: { count: string }): Rich => [
		'这里列出本报道所用数据集中的全部 ',
		{ num: p.count, bold: true },
		' 个数字。每个数字都来自一份公开文件，点“出处”可查看原文摘录。数据可下载：',
		{ link: 'csv', text: 'CSV（Excel 可直接打开）' },
		' · ',
		{ link: 'json', text: 'JSON' },
		'。'
	],
	ruleTitle: '目标进度怎么判断',
	/** How many targets have a status, after its badge: "12 个目标". */
	targetCount: (p: { n: number; count: string }): Rich => [{ num: p.count }, ' 个目标'],

	controls: '搜索和筛选',
	search: '搜索',
	searchHint: '例如：收入、GDP、粮食',
	category: '类别',
	year: '年份',
	kind: '类型',
	source: '来源',
	sort: '排序',
	/** The choice of a filter that filters nothing. */
	all: '全部',
	sorts: {
		dataset: '按数据集顺序',
		yearAsc: '年份：从早到晚',
		yearDesc: '年份：从近到远',
		metric: '指标名称',
		valueDesc: '数值：从大到小',
		valueAsc: '数值：从小到大',
		status: '目标进度'
	},
	clear: '清除筛选',
	noscript: '搜索和筛选需要启用 JavaScript；下表已列出全部数字。',
	/** "显示 12 / 489 个数字": the words either side of the number shown. */
	shown: {
		before: '显示',
		after: (p: { n: number; total: string }) => `/ ${p.total} 个数字`
	},

	caption: '本报道的数据集：全部数字及其出处',
	columns: {
		metric: '指标',
		year: '年份',
		kind: '类型',
		value: '数值',
		status: '目标进度',
		source: '出处'
	},
	/** After a column's name before a cell, where a phone shows each row as a card. */
	labelAfter: '：',
	/** Under a metric whose figure is not Changqing's: "山东省数据，非长清". */
	otherScope: (p: { scope: string }) => `${p.scope}数据，非长清`,
	/** For screen readers, in a row without a status. */
	notApplicable: '不适用',
	/** Why a target has its status: what it was compared with, and how. */
	verdict: (p: Verdict): string => {
		const at = p.year === undefined ? '' : `${p.year}年${p.metric ? p.metric : ''}${p.latest}`;
		switch (p.comparison) {
			case 'none':
				return '来源中没有此后的数字';
			case 'unlike':
				return `${at}，但${UNLIKE_ZH[p.why ?? 'other-measure']}${p.why === 'other-year' ? '' : '，不能据此判断'}`;
			case 'year':
				return `${at}`;
			case 'early':
				return `${at}，提前达到`;
			case 'no-baseline':
				return `${at}，尚未达到；没有基期数，无法判断进度`;
			case 'pace':
				return `${at}；${p.baselineYear}年以来年均增长${p.achieved}，按期达标此后需年均增长${p.needed}`;
			case 'average':
				return `${at}；${p.baselineYear}年以来年均增长${p.achieved}${p.needed ? `，按期达标此后需年均增长${p.needed}` : ''}`;
		}
	},
	conflictLink: '≠ 与其他数字有出入',
	noteLink: '与相近的数字不能直接比较',
	conflictsTitle: '数字之间的出入，与不能直接比较的数字',
	conflictsIntro:
		'标≠的是来源之间真正的出入：同一指标的数字不一致，同一年份的单位不同，或同一份文件自身的数字不相符。其余各条说明看起来相近、其实不能直接比较的数字：口径未必相同，限定词前后不同，说的不是同一件事，与外地的数字相比，或者分项没有列全。我们全部保留，并排列出，不替读者取舍；标明“本报道的计算”的是我们算出的数。',

	/** The one rule that decides a target's status; `s` holds the status names. */
	statusRule: (s: StatusNames): Rich => [
		'每个目标只与同一地区、同一口径、同一单位、基期之后公布的实际数相比，预计数不算。目标年份的实际数达到目标，或数量类目标提前达到的，为',
		{ strong: `“${s.achieved}”` },
		'；目标年份的实际数未达到的，为',
		{ strong: `“${s.missed}”` },
		'。尚未到目标年份时：数量类目标看基期以来已实现的年均增速是否不低于此后按期达标所需的年均增速，年均增速类目标看到最近一年为止的平均增速是否达到目标，达到为',
		{ strong: `“${s.onTrack}”` },
		'，否则为',
		{ strong: `“${s.behind}”` },
		'。只定了一年的目标（如2024年工作报告的目标）只用当年的实际数衡量；五年年均增速不用某一年的增速衡量。没有可比实际数的，为',
		{ strong: `“${s.noData}”` },
		'，并写明原因。每个目标是越高越好还是越低越好（如死亡率），在数据中逐项写明。'
	],

	/** In the list of figures that disagree: the metric and the figure's year. */
	metricYear: (p: { metric: string; year: string }) => `${p.metric}（${p.year}）`,
	/** In place of the year of a figure whose source gives none. */
	undated: '未注年份',
	/** Beside a growth rate that is an average over a period: "2021—2025年年均增速". */
	averageOver: (p: { period: string }) => `${p.period.replace('–', '—')}年年均增速`,
	/** Between a source's name and the words quoted from it. */
	quoteAfter: '：'
};

/** What the desk knows of a verdict, written out: numbers already formatted. */
export interface Verdict {
	comparison: Comparison;
	year?: number | undefined;
	latest?: string | undefined;
	/** The metric of the figure judged by, when it is not the target's own. */
	metric?: string | undefined;
	why?: Unlike | undefined;
	baselineYear?: number | undefined;
	achieved?: string | undefined;
	needed?: string | undefined;
}

/** The status names the rule quotes. */
export interface StatusNames {
	achieved: string;
	onTrack: string;
	behind: string;
	missed: string;
	noData: string;
}

const UNLIKE_ZH: Record<Unlike, string> = {
	estimate: '那是预计数，不是实际数',
	'other-year': '这是一年的目标，只能用当年的实际数衡量',
	'one-year-rate': '一年的增速不能代表五年的年均增速',
	'other-measure': '衡量的不是同一件事',
	'other-unit': '单位不同'
};
