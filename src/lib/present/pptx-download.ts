/**
 * 下载 PPT in the browser: the deck on screen as a .pptx, made on this machine from the built
 * `deck.json` (every slide of the full deck) and the steps' pictures, with the slides of the
 * speaker's choice and the cover they set. Deck.svelte imports this module on the click, so
 * neither it nor pptxgenjs loads before; it has no Svelte in it.
 *
 * The full deck or the short edition with no cover set is the prebuilt file itself
 * (`/present/deck.pptx`, `short.pptx`): the same bytes, without making it again.
 */
import { localePath, type Locale } from '$lib/i18n/locale';
import type { CoverSettings } from './cover';
import type { PptxDeck, PptxSlide } from './pptx';
import type { DeckJson } from './pptx-deck';
import { slidesOf, type DeckChoice } from './slides';

export interface DownloadOptions {
	locale: Locale;
	choice: DeckChoice;
	cover: CoverSettings;
	/** The site's base path (`base` from `$app/paths`): '' at a domain's root. */
	base: string;
}

/** The file's name: the report and the language, `changqing-2035-zh.pptx`. */
export const pptxName = (locale: Locale, choice: DeckChoice = { kind: 'all' }) =>
	`changqing-2035-${locale}${choice.kind === 'all' ? '' : `-${choice.kind}`}.pptx`;

async function fetchOk(url: string): Promise<Response> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
	return response;
}

/** A fetched picture as a data URL, which `pptxFile` takes. */
async function dataUrl(url: string): Promise<string> {
	const blob = await (await fetchOk(url)).blob();
	return new Promise((done, fail) => {
		const reader = new FileReader();
		reader.onload = () => done(String(reader.result).replace(/^data:[^;,]*/u, 'data:image/png'));
		reader.onerror = () => fail(reader.error ?? new Error(`${url}: unreadable`));
		reader.readAsDataURL(blob);
	});
}

/** Hands the browser a file to save. */
function save(bytes: Uint8Array<ArrayBuffer> | Blob, name: string) {
	const blob =
		bytes instanceof Blob
			? bytes
			: new Blob([bytes], {
					type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
				});
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// the download has its own copy once it starts; give a slow machine time to start it
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The cover with what the speaker set: the occasion over the title (the deck's own words
 * where none is set), their name and the date at its foot; any other slide as it is. The
 * browser applies it to `deck.json`'s cover, which is built with nothing set.
 */
export function withCover(slide: PptxSlide, cover: CoverSettings): PptxSlide {
	if (slide.kind !== 'cover') return slide;
	const byline = [cover.speaker, cover.date].filter(Boolean).join(' · ');
	return {
		...slide,
		...(cover.occasion ? { kicker: cover.occasion } : {}),
		...(byline ? { byline } : {})
	};
}

const coverSet = (cover: CoverSettings) => Boolean(cover.occasion || cover.speaker || cover.date);

/**
 * The deck of a choice, from `deck.json`: the slides `slidesOf` keeps (every page of a table
 * split across slides with its step), the cover with what the speaker set.
 */
export function chosenDeck(json: DeckJson, choice: DeckChoice, cover: CoverSettings): PptxDeck {
	const keys = new Set(slidesOf(json.chapters, choice).map((s) => s.key));
	return {
		...json.deck,
		slides: json.deck.slides.filter((s) => keys.has(s.key)).map((s) => withCover(s, cover))
	};
}

/**
 * Makes the deck of `choice` in `locale` with `cover`, and saves it. Rejects, naming what
 * failed, when `deck.json` or a picture cannot be fetched (offline, the pictures are not kept:
 * a deck missing its charts is not given).
 */
export async function downloadPptx(opts: DownloadOptions): Promise<void> {
	const { locale, choice, cover, base } = opts;
	const at = (path: string) => `${base}${path}`;
	if (!coverSet(cover) && choice.kind !== 'own') {
		const file = choice.kind === 'all' ? '/present/deck.pptx' : '/present/short.pptx';
		const blob = await (await fetchOk(at(localePath(locale, file)))).blob();
		return save(blob, pptxName(locale, choice));
	}
	const [json, { pptxFile }] = await Promise.all([
		fetchOk(at(localePath(locale, '/present/deck.json'))).then(
			(r) => r.json() as Promise<DeckJson>
		),
		import('./pptx')
	]);
	const deck = chosenDeck(json, choice, cover);
	const slides = await Promise.all(
		deck.slides.map(async (slide) =>
			!slide.picture || slide.picture.src.startsWith('data:')
				? slide
				: { ...slide, picture: { ...slide.picture, src: await dataUrl(at(slide.picture.src)) } }
		)
	);
	save(await pptxFile({ ...deck, slides }), pptxName(locale, choice));
}
