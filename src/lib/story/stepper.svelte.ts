/**
 * Which step of a sequence is active: one piece, driven by scrolling in the story
 * (`followScroll`) and by the ‹ › buttons under its chart. Until
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
