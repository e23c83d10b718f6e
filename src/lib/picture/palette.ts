/**
 * The colours of a picture, the site's light theme (src/app.css) as plain values: an SVG
 * download carries no stylesheet. What a state does not highlight is drawn in `dim` (shapes)
 * or `inkSoft` (text), never by an opacity that leaves text illegible.
 */
export const PALETTE = {
	ink: '#1b1b1b',
	inkSoft: '#4a4a4a',
	/** Secondary text that must stay legible on paper (4.5∶1 or more). */
	inkFaint: '#6b6660',
	paper: '#fbf9f5',
	rule: '#d9d4ca',
	accent: '#0b5d5b',
	accentSoft: '#e3efed',
	secondary: '#a8432a',
	secondarySoft: '#f3e6e1',
	tertiary: '#3d5a99',
	primary: '#5b7f3a',
	/** A shape a state does not highlight. */
	dim: '#d9d4ca'
} as const;

/** The opacity of shapes a state does not highlight (the site's DIMMED). */
export const DIMMED = 0.25;
