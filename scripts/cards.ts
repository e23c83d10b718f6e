/**
 * Share cards: every built page gets Open Graph and Twitter meta (title, description, its own
 * 1200×630 PNG, canonical address), so a link pasted into a messaging app or a social network
 * shows a proper preview. The meta are written into each page after prerendering, from the
 * page's own <title> and description, so a new page is covered without a word of code; the
 * absolute addresses come from PUBLIC_ORIGIN (see src/lib/server/origin.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { LANG_TAG, localeOf, twinPath, type Locale } from '../src/lib/i18n/locale';
import { MESSAGES } from '../src/lib/i18n/messages';

export const CARD = { width: 1200, height: 630 } as const;

/** Every page of a build, as a site path ("/", "/data/", "/embed/income-path/"). */
export function builtPages(build: string, dir = build): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return builtPages(build, path);
		if (name !== 'index.html') return [];
		const folder = relative(build, dir).split('\\').join('/');
		return [folder ? `/${folder}/` : '/'];
	});
}

/** Where a page's card is: /cards/index.png for /, /cards/embed-income-path.png for /embed/income-path/. */
export const cardPath = (page: string) =>
	`/cards/${page.replace(/^\/|\/$/gu, '').replace(/\//gu, '-') || 'index'}.png`;

const unescape = (html: string) =>
	html
		.replace(/&quot;/gu, '"')
		.replace(/&#39;/gu, "'")
		.replace(/&lt;/gu, '<')
		.replace(/&gt;/gu, '>')
		.replace(/&amp;/gu, '&');
const escape = (text: string) =>
	text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

interface PageWords {
	title: string;
	description: string;
	lang: string;
	locale: Locale;
}

function pageWords(html: string, page: string): PageWords {
	const title = /<title>([^<]*)<\/title>/u.exec(html)?.[1];
	const description = /<meta name="description" content="([^"]*)"/u.exec(html)?.[1];
	if (!title || !description)
		throw new Error(`cards: the page ${page} needs a <title> and a <meta name="description">`);
	const locale = localeOf(page);
	const lang = /<html lang="([^"]+)"/u.exec(html)?.[1];
	if (lang !== LANG_TAG[locale])
		throw new Error(`cards: ${page} is a ${locale} page, but its <html lang> is "${lang}"`);
	return { title: unescape(title), description: unescape(description), lang, locale };
}

/**
 * The meta a page gains: absolute addresses from `origin`; its own address as canonical, and
 * both editions as alternates (`hasTwin`: the other language's page is built), Chinese as the
 * default for a reader of neither language.
 */
function shareMeta(page: string, words: PageWords, origin: string, hasTwin: boolean): string {
	const url = new URL(page, origin).href;
	const zh = words.locale === 'zh' ? page : twinPath(page);
	const en = words.locale === 'en' ? page : twinPath(page);
	const alternates: [string, string][] = hasTwin
		? [
				[LANG_TAG.zh, zh],
				[LANG_TAG.en, en],
				['x-default', zh]
			]
		: [];
	const site = MESSAGES[words.locale].site;
	const image = new URL(cardPath(page), origin).href;
	const tags: [string, string, string][] = [
		['property', 'og:type', 'website'],
		['property', 'og:site_name', site.name],
		['property', 'og:locale', words.lang.replace('-', '_')],
		['property', 'og:title', words.title],
		['property', 'og:description', words.description],
		['property', 'og:url', url],
		['property', 'og:image', image],
		['property', 'og:image:width', String(CARD.width)],
		['property', 'og:image:height', String(CARD.height)],
		['property', 'og:image:alt', words.title],
		['name', 'twitter:card', 'summary_large_image'],
		['name', 'twitter:title', words.title],
		['name', 'twitter:description', words.description],
		['name', 'twitter:image', image]
	];
	return (
		`<link rel="canonical" href="${escape(url)}">` +
		alternates
			.map(
				([lang, path]) =>
					`<link rel="alternate" hreflang="${lang}" href="${escape(new URL(path, origin).href)}">`
			)
			.join('') +
		tags.map(([attr, key, value]) => `<meta ${attr}="${key}" content="${escape(value)}">`).join('')
	);
}

/** The card itself: the page's title and description, and its chart where it has one. */
function cardHtml(words: PageWords, chart: string | undefined): string {
	const { site, story } = MESSAGES[words.locale];
	// "长清 2020 → 2035｜从……": the site's name is on the card already
	const parts = words.title.split(/[｜|]/u).map((t) => t.trim());
	const title = parts[0] === site.name && parts[1] ? parts[1] : parts[0]!;
	return `<!doctype html><html lang="${escape(words.lang)}"><head><meta charset="utf-8"><style>
	body { margin: 0; width: ${CARD.width}px; height: ${CARD.height}px; display: flex;
		background: #fbf9f5; color: #1b1b1b; border-left: 14px solid #0b5d5b; box-sizing: border-box;
		font-family: 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; }
	.words { flex: 1; padding: 56px 56px 48px; display: flex; flex-direction: column; min-width: 0; }
	.site { color: #0b5d5b; font-size: 30px; font-weight: 700; }
	h1 { font-size: ${chart ? 46 : 60}px; line-height: 1.3; margin: 36px 0 0; overflow: hidden;
		display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical; }
	p { font-size: 26px; line-height: 1.5; color: #4a4a4a; margin: 24px 0 0; overflow: hidden;
		display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; }
	.foot { margin-top: auto; font-size: 22px; color: #4a4a4a; }
	.chart { width: 560px; padding: 36px 36px 36px 0; display: flex; align-items: center; }
	.chart img { width: 100%; max-height: 100%; object-fit: contain; border: 1px solid #d9d4ca; }
	</style></head><body><div class="words"><div class="site">${escape(site.name)}</div>
	<h1>${escape(title)}</h1><p>${escape(words.description)}</p>
	<div class="foot">${escape(story.kicker)}</div></div>
	${chart ? `<div class="chart"><img alt="" src="data:image/png;base64,${chart}"></div>` : ''}
	</body></html>`;
}

/** The chart a page shows alone: an embed's, or a chapter page's (its chapter's chart). */
function pageChart(
	build: string,
	page: string,
	story: (locale: Locale) => string
): string | undefined {
	const embed = /^\/(?:en\/)?embed\/([^/]+)\/$/u.exec(page)?.[1];
	const chapter = /^\/(?:en\/)?chapters\/([^/]+)\/$/u.exec(page)?.[1];
	let id = embed;
	if (chapter) {
		const html = story(localeOf(page));
		const at = html.indexOf(`id="${chapter}"`);
		id = at >= 0 ? /data-chart="([^"]+)"/u.exec(html.slice(at))?.[1] : undefined;
		if (!id) throw new Error(`cards: no chart found for the chapter ${chapter} in the story`);
	}
	if (!id) return undefined;
	const png = join(build, localeOf(page) === 'en' ? 'en' : '', 'charts', `${id}.png`);
	if (!existsSync(png)) throw new Error(`cards: ${page} needs ${png}, made by the downloads step`);
	return readFileSync(png).toString('base64');
}

/** Writes every page's card and meta. Returns the number of pages. */
export async function shareCards(build: string, browser: Browser, origin: string): Promise<number> {
	mkdirSync(join(build, 'cards'), { recursive: true });
	const page = await browser.newPage({ viewport: CARD });
	const pages = builtPages(build);
	// each edition's story, read once (a chapter page's card shows its chapter's chart), before any meta is added
	const stories = new Map<Locale, string>();
	const story = (locale: Locale) => {
		if (!stories.has(locale))
			stories.set(
				locale,
				readFileSync(join(build, locale === 'en' ? 'en' : '', 'index.html'), 'utf8')
			);
		return stories.get(locale)!;
	};
	const built = new Set(pages);
	for (const path of pages) {
		const file = join(build, path, 'index.html');
		const html = readFileSync(file, 'utf8');
		if (html.includes('property="og:image"'))
			throw new Error(`cards: ${path} already has share meta`);
		const words = pageWords(html, path);
		await page.setContent(cardHtml(words, pageChart(build, path, story)), { waitUntil: 'load' });
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		await page.screenshot({ path: join(build, cardPath(path)), type: 'png' });
		writeFileSync(
			file,
			html.replace('</head>', `${shareMeta(path, words, origin, built.has(twinPath(path)))}</head>`)
		);
	}
	await page.close();
	return pages.length;
}
