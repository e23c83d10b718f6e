/** The words of the /sources/ page in Chinese. */
import type { Rich } from './desk';

export const sources = {
	/** The page's <title>, after which the site's name follows. */
	title: (p: { site: string }) => `来源｜${p.site}`,
	description: '本报道所依据的公开文件，以及每个数字的原文摘录。',
	heading: '来源',
	lede: (p: { figures: string; documents: string }): Rich => [
		'本报道的 ',
		{ num: p.figures },
		` 个数字来自以下 ${p.documents} 份公开文件。每个数字下面是文件中写明这个数字的原话（只合并了换行和空格），可与原文逐字核对。全部数字也可在`,
		{ link: 'data', text: '“数据”页' },
		'搜索。'
	],
	tocTitle: '文件',
	/** After a document's name in the list of documents: "（139 个数字）". */
	tocCount: (p: { n: number; count: string }) => `（${p.count} 个数字）`,
	issuer: '发布者',
	date: '日期',
	docNumber: '文号',
	covers: '内容',
	context: '这份文件主要报道长清以外的地方，本报道只引用其中与长清有关或作为背景的数字。',
	/** A figure's note, from the dataset. */
	note: (p: { note: string }) => `注：${p.note}`,
	conflictLink: '≠ 这个数字与其他数字有出入',
	noteLink: '这个数字与相近的数字不能直接比较',
	none: '本报道暂未引用这份文件中的数字。',
	conflictsTitle: '数字之间的出入，与不能直接比较的数字',
	flagshipsTitle: '规划点名的重大项目，后来怎样了',
	/** Before the table: how many projects, and how many later sources name. */
	flagshipsLede: (p: { projects: string; named: string; unclear: string; documents: string }) =>
		`“十四五”规划的专栏2至专栏8点名了${p.projects}个项目（专栏4只列街镇功能，没有项目）。此后的${p.documents}份文件明确提到其中${p.named}个，另有${p.unclear}个可能提到（名称不同，不确定是否同一项目）；其余的，本报道的来源中没有再出现。“进展”按后来文件的原话归类，不是本报道的评价；来源没有提到，不等于项目没有进行。`,
	flagshipColumns: ['专栏', '项目（规划原文）', '后来的文件怎么说', '进展'],
	/** In place of the year of a figure whose source gives none. */
	undated: '未注年份',
	/** A later source's words, with its name and the year it reports on. */
	laterWords: (p: { source: string; year: number }) => `${p.source}（${p.year}年）：`
};
