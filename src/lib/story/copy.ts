/**
 * Story copy with its numbers filled in from the dataset. Writers put tokens in the text;
 * the server replaces them with cited figures or figures derived from them, so no number is
 * ever typed into the copy, and an unknown id fails the build.
 */
import { chartFigure } from '$lib/charts/figures';
import type { ChartFigure } from '$lib/charts/types';
import { growthBetween, incomeRatio, sumOf } from '$lib/data/derive';
import type { Dataset, Qualifier } from '$lib/data/schema';

export type Segment =
	| { kind: 'text'; text: string }
	/** A cited figure; `bare` shows the number without its unit (a ratio's terms: 10∶47.9∶42.1). */
	| { kind: 'figure'; figure: ChartFigure; bare?: true }
	/**
	 * A number computed from two figures: `how` says which computation; words come when it
	 * renders. A sum keeps the figures' unit and the bound their qualifiers allow; a gap (how
	 * far a latest figure is from its target) keeps their unit.
	 */
	| {
			kind: 'derived';
			how: 'ratio' | 'cagr' | 'needed' | 'sum' | 'gap';
			value: number;
			figures: [ChartFigure, ChartFigure];
			unit?: string;
			qualifier?: Qualifier;
	  };

type How = Extract<Segment, { kind: 'derived' }>['how'];

const TOKEN = /\{(fig|num|cagr|needed|ratio|sum|gap):([a-z0-9-]+)(?::([a-z0-9-]+))?\}/gu;

/** One paragraph of copy as segments. Throws on an unknown token, id or impossible derivation. */
export function resolveText(dataset: Dataset, text: string, where: string): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(TOKEN)) {
		const [token, kind, a, b] = match;
		if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) });
		last = match.index + token.length;
		if (kind === 'fig' || kind === 'num') {
			const figure = cite(dataset, a!, where);
			out.push(
				kind === 'num' ? { kind: 'figure', figure, bare: true } : { kind: 'figure', figure }
			);
			continue;
		}
		if (!b) throw new Error(`${where}: the token ${token} needs two figure ids, "a:b"`);
		const from = cite(dataset, a!, where);
		const to = cite(dataset, b, where);
		out.push(derive(kind as How, from, to, token, where));
	}
	if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
	// a brace left in the text is a token misspelt or never closed
	if (out.some((s) => s.kind === 'text' && /[{}]/u.test(s.text)))
		throw new Error(`${where}: "${text}" has a token this copy does not understand`);
	return out;
}

function cite(dataset: Dataset, id: string, where: string): ChartFigure {
	try {
		return chartFigure(dataset, id);
	} catch {
		throw new Error(
			`${where}: the copy names the figure "${id}", which no file in data/figures/ has`
		);
	}
}

function derive(
	kind: How,
	from: ChartFigure,
	to: ChartFigure,
	token: string,
	where: string
): Segment {
	const fail = (why: string) => new Error(`${where}: ${token} cannot be computed: ${why}`);
	if (kind === 'ratio') {
		const r = incomeRatio(from.value, to.value);
		if (r === undefined) throw fail('the second figure is not positive');
		return { kind: 'derived', how: 'ratio', value: r, figures: [from, to] };
	}
	if (from.unit !== to.unit) throw fail(`the units differ (${from.unit}, ${to.unit})`);
	if (kind === 'sum') {
		const sum = sumOf([from, to]);
		if (!sum) throw fail('one part is a floor and the other a ceiling, or approximate');
		return { kind: 'derived', how: 'sum', ...sum, unit: from.unit, figures: [from, to] };
	}
	if (kind === 'gap') {
		// how much is still missing: exact figures only, a later target over an earlier figure
		if (from.qualifier || to.qualifier) throw fail('a gap needs two exact figures');
		if (!(to.year > from.year) || !(to.value > from.value))
			throw fail('the second figure must be later and larger');
		return {
			kind: 'derived',
			how: 'gap',
			value: to.value - from.value,
			unit: from.unit,
			figures: [from, to]
		};
	}
	const rate = growthBetween(from, to);
	if (rate === undefined) throw fail('it needs two positive values in different years');
	return { kind: 'derived', how: kind, value: rate, figures: [from, to] };
}
