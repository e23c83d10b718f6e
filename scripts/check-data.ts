/**
 * Validates data/ and prints a summary, or every problem found: `npm run check:data`.
 */
import { DatasetError, parseDataset } from '../src/lib/data/parse';
import { readDataFiles } from '../src/lib/server/dataset';

try {
	const data = parseDataset(readDataFiles(process.cwd()));
	const bySource = new Map<string, number>();
	for (const f of data.figures) bySource.set(f.source, (bySource.get(f.source) ?? 0) + 1);
	console.info(`data/ is valid: ${data.figures.length} figures.`);
	for (const s of data.sources)
		console.info(`  ${String(bySource.get(s.id) ?? 0).padStart(4)}  ${s.id}`);
	console.info(
		`  ${data.plan.indicators.length} plan indicators, ${data.industries.length} industry systems, ` +
			`${data.zones.length} zones, ${data.towns.length} subdistricts and towns, ${data.themes.length} yearly themes, ` +
			`${data.conflicts.length} conflicts`
	);
} catch (error) {
	if (!(error instanceof DatasetError)) throw error;
	console.error(error.message);
	process.exit(1);
}
