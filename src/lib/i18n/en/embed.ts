/** A chart embedded in another site (/embed/<id>/), and the embed tools on /charts/. */
import type { embed as zh } from '../zh/embed';

export const embed = {
	pageTitle: (p: { chart: string; site: string }) => `${p.chart} | ${p.site}`,
	pageDescription: (p: { chart: string; chapter: string }) =>
		`A chart from the data report Changqing 2020 → 2035: ${p.chart} (${p.chapter}). Every number is sourced.`,
	chapter: (p: { kicker: string; title: string }) => `${p.kicker} · ${p.title}`,
	sources: 'Sources: ',
	sourceJoin: '; ',
	credit: (p: { site: string }) => `Chart: ${p.site}`,
	inStory: 'Read it in the report ›',
	embedCode: 'Embed code',
	embedHint:
		'Paste this into a web page: the chart sizes itself to its content, and shows at a default height where scripts cannot run.',
	copy: 'Copy embed code',
	copied: 'Copied',
	copyFailed: 'Could not copy automatically; select the code and copy it',
	downloads: 'Downloads: ',
	svg: 'SVG (vector)',
	png: 'PNG image (2×)',
	/** A picture laid out for a phone's width, for WeChat articles and chats. */
	phonePng: 'PNG for phones (WeChat)',
	csv: 'CSV data',
	open: 'Open alone'
} satisfies typeof zh;
