/**
 * The public export: one row per figure, with exactly the columns of the product's contract
 * (PRODUCT.md, "Public surface"). Served as /data/indicators.csv and /data/indicators.json.
 */
import { normaliseExcerpt } from './excerpt';
import type { Dataset, Kind } from './schema';

export const EXPORT_COLUMNS = [
	'id',
	'metric_zh',
	'metric_en',
	'category',
	'unit',
	'year',
	'kind',
	'value',
	'qualifier',
	'source',
	'excerpt'
] as const;

export interface ExportRow {
	id: string;
	metric_zh: string;
	metric_en: string;
	category: string;
	unit: string;
	year: number;
	kind: Kind;
	value: number;
	/** `>`, `>=`, `<`, `<=`, `about`, or empty. A range exports its lower bound with `>=`. */
	qualifier: string;
	/** The source document's title. */
	source: string;
	excerpt: string;
}

export function exportRows(data: Pick<Dataset, 'figures' | 'sources'>): ExportRow[] {
	const titles = new Map(data.sources.map((s) => [s.id, s.title]));
	return data.figures.map((f) => ({
		id: f.id,
		metric_zh: f.metric_zh,
		metric_en: f.metric_en,
		category: f.category,
		unit: f.unit,
		year: f.year,
		kind: f.kind,
		value: f.value,
		qualifier: f.max === undefined ? (f.qualifier ?? '') : '>=',
		source: titles.get(f.source) ?? f.source,
		excerpt: normaliseExcerpt(f.excerpt)
	}));
}

/**
 * A CSV field: quoted when it holds a comma, quote or line break (RFC 4180); a text that a
 * spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage return)
 * gets a leading apostrophe, which Excel and WPS show as text and do not run.
 */
export function csvField(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
	return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** UTF-8 with a byte-order mark and CRLF line ends, so Excel opens the Chinese correctly. */
export function toCsv(rows: readonly ExportRow[]): string {
	const lines = [EXPORT_COLUMNS.join(',')];
	for (const row of rows) lines.push(EXPORT_COLUMNS.map((c) => csvField(row[c])).join(','));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function toJson(rows: readonly ExportRow[]): string {
	return JSON.stringify(rows, null, '\t') + '\n';
}
