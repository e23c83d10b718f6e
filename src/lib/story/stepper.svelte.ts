/**
 * Which step of a sequence is active: one piece, driven by scrolling in the story
 * (`followScroll`), by keys in a presentation (`stepKey`), or by buttons in an embed. Until
 * something drives it, the last step is active: prerendered pages show the fullest state.
 */
export class Stepper {
	#count: () => number;
	/** The step chosen by a reader, or null while nothing has driven the stepper yet. */
	chosen = $state<number | null>(null);

	/** `count` is read each time, so a stepper follows a list that changes. */
	constructor(count: () => number) {
		this.#count = count;
	}

	get count(): number {
		return this.#count();
	}
	get last(): number {
		return Math.max(0, this.count - 1);
	}
	/** The active step, from 0. */
	get index(): number {
		return Math.min(this.chosen ?? this.last, this.last);
	}
	get atStart(): boolean {
		return this.index === 0;
	}
	get atEnd(): boolean {
		return this.index === this.last;
	}

	/** Makes step `i` active, kept within the steps; returns the step it landed on. */
	go(i: number): number {
		this.chosen = Math.max(0, Math.min(this.last, Math.round(i)));
		return this.chosen;
	}
	next(): number {
		return this.go(this.index + 1);
	}
	prev(): number {
		return this.go(this.index - 1);
	}
}

/**
 * What a key does to a stepper, following the conventions presenters know (reveal.js,
 * clickers): → ↓ Space PageDown N go on; ← ↑ PageUp P go back; Home and End jump. Returns
 * the move, or null for a key that is not a step key.
 */
export function stepKey(key: string, shift = false): 'next' | 'prev' | 'first' | 'last' | null {
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case 'n':
		case 'N':
			return 'next';
		case ' ':
			return shift ? 'prev' : 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'p':
		case 'P':
			return 'prev';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return null;
	}
}

/** Applies a step key's move to a stepper. */
export function move(stepper: Stepper, to: NonNullable<ReturnType<typeof stepKey>>): number {
	if (to === 'next') return stepper.next();
	if (to === 'prev') return stepper.prev();
	return stepper.go(to === 'first' ? 0 : stepper.last);
}
