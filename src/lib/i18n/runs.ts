/**
 * English text may quote the sources' Chinese ("the report says 配建达标率"). A screen reader
 * pronounces such a run right only when it is marked `lang="zh-CN"`: these are the runs to mark.
 */
export interface Run {
	text: string;
	/** Chinese: a run that starts with a Han character, with the Chinese punctuation, digits and units around it. */
	zh: boolean;
}

const CHINESE = /\p{Script=Han}[\p{Script=Han}\d/%\u3000-\u303f\uff00-\uffef]*/gu;

/** The text cut into its Chinese and other runs, in order; joined, they are the text. */
export function zhRuns(text: string): Run[] {
	const runs: Run[] = [];
	let last = 0;
	for (const match of text.matchAll(CHINESE)) {
		if (match.index > last) runs.push({ text: text.slice(last, match.index), zh: false });
		runs.push({ text: match[0], zh: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) runs.push({ text: text.slice(last), zh: false });
	return runs;
}

/**
 * A Chinese text cut where a line may not break: a short quoted term (“十三五”, “2+2”), a short
 * aside in brackets (（万吨）), a year with its 年 (2020年, 2021—2025年) and 年均 are kept whole
 * (`keep`), so no line ends on “十三 and starts the next with 五”, nor on 2020 before 年. Joined,
 * the runs are the text.
 */
export function keepRuns(text: string): { text: string; keep: boolean }[] {
	const runs: { text: string; keep: boolean }[] = [];
	let last = 0;
	for (const match of text.matchAll(/“[^“”]{1,6}”|（[^（）]{1,8}）|\d{4}(?:—\d{4})?年|年均/gu)) {
		if (match.index > last) runs.push({ text: text.slice(last, match.index), keep: false });
		runs.push({ text: match[0], keep: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) runs.push({ text: text.slice(last), keep: false });
	return runs;
}
