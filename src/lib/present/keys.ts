/**
 * What a key does in the presentation, following the conventions presenters know from
 * reveal.js and the keys a clicker sends: → ↓ Space PageDown N forward; ← ↑ PageUp P back;
 * Home, End; G then a number then Enter jumps; F full screen (and F5, which a clicker's start
 * button sends, instead of reloading); O the overview; B or . a black screen; S the
 * presenter's view; Esc closes what is open. Keys typed into a text field are the field's.
 */

export type Action =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'go'; slide: number }
	| { type: 'fullscreen' }
	/** F5, a clicker's start button: full screen, never a reload. */
	| { type: 'start' }
	| { type: 'overview' }
	| { type: 'blank' }
	| { type: 'presenter' }
	| { type: 'escape' }
	/** What to show of a G-jump: the digits typed so far, or null once it is done or cancelled. */
	| { type: 'jump'; digits: string | null };

/** The parts of a `KeyboardEvent` that matter here. */
export interface KeyPress {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
	/** The key was typed into a text field. */
	inField?: boolean;
}

const SIMPLE: Record<string, Action> = {
	ArrowRight: { type: 'next' },
	ArrowDown: { type: 'next' },
	' ': { type: 'next' },
	PageDown: { type: 'next' },
	n: { type: 'next' },
	ArrowLeft: { type: 'previous' },
	ArrowUp: { type: 'previous' },
	PageUp: { type: 'previous' },
	p: { type: 'previous' },
	Home: { type: 'first' },
	End: { type: 'last' },
	f: { type: 'fullscreen' },
	F5: { type: 'start' },
	o: { type: 'overview' },
	b: { type: 'blank' },
	'.': { type: 'blank' },
	s: { type: 'presenter' },
	Escape: { type: 'escape' }
};

/** Reads key presses one by one; remembers a G-jump being typed. */
export class KeyReader {
	/** The digits typed after G, or null when no jump is being typed. */
	private digits: string | null = null;

	/** The action a key press asks for, or null when the key is not the presentation's. */
	read(press: KeyPress): Action | null {
		if (press.inField || press.ctrlKey || press.metaKey || press.altKey) return null;
		const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
		if (this.digits !== null) {
			if (/^\d$/u.test(key)) {
				this.digits += key;
				return { type: 'jump', digits: this.digits };
			}
			if (key === 'Backspace') {
				this.digits = this.digits.slice(0, -1);
				return { type: 'jump', digits: this.digits };
			}
			const digits = this.digits;
			this.digits = null;
			if (key === 'Enter' && digits !== '') return { type: 'go', slide: Number(digits) - 1 };
			if (key === 'Enter' || key === 'Escape') return { type: 'jump', digits: null };
		}
		if (key === 'g') {
			this.digits = '';
			return { type: 'jump', digits: '' };
		}
		return SIMPLE[key] ?? null;
	}

	/** A number is being typed after G. */
	get typing(): boolean {
		return this.digits !== null;
	}
}
