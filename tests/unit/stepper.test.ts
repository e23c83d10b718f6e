/** The active step: one piece that scrolling, keys and buttons all drive. */
import { describe, expect, it } from 'vitest';
import { stepAt } from '../../src/lib/story/scroll';
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

	it('on a phone, reaches a card on the screen but for its edge before its top meets the line', () => {
		// a screen 800 px high, the chart's foot at 480; a card may have 15% below the screen
		const cards = [
			{ top: -300, bottom: -100 },
			{ top: 620, bottom: 820 },
			{ top: 900, bottom: 1100 }
		];
		expect(stepAt(cards, 480)).toBe(0);
		expect(stepAt(cards, 480, 800, 0.15)).toBe(1);
		// a fifth of it below the screen: not yet
		expect(stepAt([cards[0]!, { top: 640, bottom: 840 }], 480, 800, 0.15)).toBe(0);
		// a card taller than the room under the line is reached as its top meets it
		expect(stepAt([cards[0]!, { top: 500, bottom: 1300 }], 480, 800, 0.15)).toBe(0);
		expect(stepAt([cards[0]!, { top: 470, bottom: 1270 }], 480, 800, 0.15)).toBe(1);
	});
});
