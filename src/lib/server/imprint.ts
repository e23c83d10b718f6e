/**
 * Who publishes the report, when, and where readers write with corrections: as the deployment
 * sets them at build time, never made up here (what is not set is not shown). And how recent
 * the figures are: the date of the newest document about Changqing that they come from.
 *
 * - `PUBLIC_PUBLISHER`: the publisher's name, shown as given.
 * - `PUBLIC_DATE`: the publication date, YYYY-MM-DD.
 * - `PUBLIC_FEEDBACK`: an e-mail address, or an https:// address, for corrections.
 *
 * A value that is set but malformed stops the build, naming the variable.
 */
import type { Dataset } from '$lib/data/schema';
import type { Imprint } from '$lib/meta/imprint';

export function imprint(
	dataset: Dataset,
	env: Record<string, string | undefined> = process.env
): Imprint {
	const publisher = env.PUBLIC_PUBLISHER?.trim();
	const published = env.PUBLIC_DATE?.trim();
	const feedback = env.PUBLIC_FEEDBACK?.trim();
	if (publisher && publisher.length > 80)
		throw new Error('PUBLIC_PUBLISHER must be a name of at most 80 characters');
	if (published && !/^\d{4}-\d{2}-\d{2}$/u.test(published))
		throw new Error(`PUBLIC_DATE must be a date as YYYY-MM-DD; got ${published}`);
	let link: Imprint['feedback'];
	if (feedback) {
		if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/u.test(feedback))
			link = { href: `mailto:${feedback}`, text: feedback };
		else if (/^https:\/\/[^\s<>"]+$/u.test(feedback) && URL.canParse(feedback))
			link = { href: new URL(feedback).href, text: feedback };
		else
			throw new Error(
				`PUBLIC_FEEDBACK must be an e-mail address or an https:// address; got ${feedback}`
			);
	}
	const dates = dataset.sources.filter((s) => s.about === 'changqing').map((s) => s.date);
	return {
		...(publisher ? { publisher } : {}),
		...(published ? { published } : {}),
		...(link ? { feedback: link } : {}),
		sourcesUpTo: dates.sort().at(-1)!
	};
}
