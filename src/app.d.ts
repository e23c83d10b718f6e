// Types SvelteKit reads for the app; this site needs none beyond its defaults.
declare global {
	namespace App {}
}

export {};
