/** The active step: one piece that scrolling, keys and buttons all drive. */
import { describe, expect, it } from 'vitest';
import { cardLine, stepAt } from '../../src/lib/story/scroll';
import { Stepper } from '../../src/lib/story/stepper.svelte';

describe('Stepper', () => {
	it('shows the last, fullest step until something drives it', () => {
		const s = new Stepper(() => 4);
		expect(s.index).toBe(3);
		expect(s.atEnd).toBe(true);
	});

	it('goes to a step, and never past either end', () => {
		const s = new Stepper(() => 4);
		expect(s.go(1)).toBe(1);
		expect(s.prev()).toBe(0);
		expect(s.prev()).toBe(0);
		expect(s.go(9)).toBe(3);
		expect(s.next()).toBe(3);
	});

	it('follows a list of steps that shrinks', () => {
		let n = 5;
		const s = new Stepper(() => n);
		s.go(4);
		n = 2;
		expect(s.index).toBe(1);
	});
});

describe('stepAt', () => {
	it('picks the last step whose top has passed the line', () => {
		const at = (...tops: number[]) => tops.map((top) => ({ top, bottom: top + 200 }));
		expect(stepAt(at(-400, 100, 700), 500)).toBe(1);
		expect(stepAt(at(600, 900), 500)).toBe(0);
		expect(stepAt(at(-900, -500, -100), 500)).toBe(2);
		expect(stepAt([], 500)).toBe(0);
	});

	it('on a phone, reaches a card as the card before it slides under the chart', () => {
		// a screen 800 px high, the chart's foot at 60%, a gap of 12% above and below each card
		const line = cardLine(0.6, 0.12) * 800;
		const cards = (top: number) => [
			{ top: top - 0.24 * 800 - 200, bottom: top - 0.24 * 800 },
			{ top, bottom: top + 200 }
		];
		// the card before still shows its last lines under the chart: its state, still
		expect(cards(line + 10)[0]!.bottom).toBeGreaterThan(0.6 * 800);
		expect(stepAt(cards(line + 10), line)).toBe(0);
		// it has slid under the chart: this card's state, with four lines of it on the screen
		expect(cards(line - 10)[0]!.bottom).toBeLessThan(0.6 * 800);
		expect(stepAt(cards(line - 10), line)).toBe(1);
		expect(800 - line).toBeGreaterThan(100);
	});
});
