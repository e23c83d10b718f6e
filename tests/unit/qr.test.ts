/** The handout's QR codes: the path draws exactly the code's dark modules, and no others. */
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qr } from '../../src/lib/print/qr';

/** The modules a path of rows (`M0 y.5`) of relative moves and strokes (`m3 0h7`) paints. */
function painted(d: string, size: number): boolean[][] {
	const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
	for (const [, y, runs] of d.matchAll(/M0 (\d+)\.5((?:m\d+ 0|h\d+)*)/gu)) {
		let x = 0;
		for (const [, move, run] of runs!.matchAll(/m(\d+) 0|h(\d+)/gu)) {
			if (move) x += Number(move);
			else
				for (let i = 0; i < Number(run); i++, x++) {
					expect(grid[Number(y)]![x], 'a module painted twice').toBe(false);
					grid[Number(y)]![x] = true;
				}
		}
	}
	return grid;
}

describe('a QR code for a chapter’s address', () => {
	const url = 'https://changqing.example.org/chapters/ecology-health/';
	const code = qr(url);

	it('paints exactly the dark modules of the code for that address', () => {
		const { data, size } = encode(url, { ecc: 'M', border: 0 });
		expect(code.size).toBe(size);
		expect(painted(code.d, size)).toEqual(data);
		// nothing in the path but runs
		expect(code.d.replace(/M0 \d+\.5|m\d+ 0|h\d+/gu, '')).toBe('');
	});

	it('has the three finder squares in its corners', () => {
		const grid = painted(code.d, code.size);
		const finder = (x: number, y: number) =>
			[0, 6].every((d) => grid[y + d]![x + 3] && grid[y + 3]![x + d]) && grid[y + 3]![x + 3];
		expect(finder(0, 0)).toBe(true);
		expect(finder(code.size - 7, 0)).toBe(true);
		expect(finder(0, code.size - 7)).toBe(true);
	});

	it('is small enough to print beside every chapter: under 2 KB', () => {
		expect(code.d.length).toBeLessThan(2048);
	});
});
