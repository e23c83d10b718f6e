/**
 * QR codes for the printed handout, made when the page is built (uqr, which has no
 * dependencies): each row is a line of the path, each dark run of it one stroke one module
 * wide, reached by a relative move, so a code for a chapter's address is under 2 KB of markup.
 */
import { encode } from 'uqr';

export interface Qr {
	/** The address it encodes. */
	url: string;
	/** Modules per side, without the quiet zone. */
	size: number;
	/** The dark modules as one SVG path of strokes one module wide, in module units. */
	d: string;
}

export function qr(url: string): Qr {
	const { data, size } = encode(url, { ecc: 'M', border: 0 });
	let d = '';
	data.forEach((row, y) => {
		// each row starts at its left edge, halfway down the row
		d += `M0 ${y}.5`;
		let at = 0;
		for (let x = 0; x < size;) {
			if (!row[x]) {
				x++;
				continue;
			}
			let run = 1;
			while (row[x + run]) run++;
			d += `${x > at ? `m${x - at} 0` : ''}h${run}`;
			at = x + run;
			x = at;
		}
	});
	return { url, size, d };
}
