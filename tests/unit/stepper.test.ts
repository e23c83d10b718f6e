/** The active step: one piece that scrolling, keys and buttons all drive. */
import { describe, expect, it } from 'vitest';
import { stepAt } from '../../src/lib/story/scroll';
import { move, Stepper, stepKey } from '../../src/lib/story/stepper.svelte';

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

describe('stepKey', () => {
	it.each([
		['ArrowRight', 'next'],
		['ArrowDown', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['n', 'next'],
		['ArrowLeft', 'prev'],
		['PageUp', 'prev'],
		['p', 'prev'],
		['Home', 'first'],
		['End', 'last'],
		['x', null]
	] as const)('reads %j as %s, as presenters and clickers expect', (key, to) => {
		expect(stepKey(key)).toBe(to);
	});

	it('reads Shift+Space as going back', () => {
		expect(stepKey(' ', true)).toBe('prev');
	});

	it('moves a stepper by a key', () => {
		const s = new Stepper(() => 3);
		s.go(0);
		move(s, stepKey('PageDown')!);
		expect(s.index).toBe(1);
		move(s, stepKey('End')!);
		expect(s.index).toBe(2);
		move(s, stepKey('Home')!);
		expect(s.index).toBe(0);
	});
});

describe('stepAt', () => {
	it('picks the last step whose top has passed the line', () => {
		expect(stepAt([-400, 100, 700], 500)).toBe(1);
		expect(stepAt([600, 900], 500)).toBe(0);
		expect(stepAt([-900, -500, -100], 500)).toBe(2);
		expect(stepAt([], 500)).toBe(0);
	});
});
