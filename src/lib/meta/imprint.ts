/** The report's imprint, as $lib/server/imprint.ts reads it from the build's settings. */
export interface Imprint {
	publisher?: string;
	/** YYYY-MM-DD. */
	published?: string;
	/** Where readers write with corrections: a mailto: or https: link. */
	feedback?: { href: string; text: string };
	/** The newest Changqing document's date, as sources.yaml gives it (YYYY-MM or YYYY-MM-DD). */
	sourcesUpTo: string;
}
