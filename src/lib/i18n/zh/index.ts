/**
 * Every word of the site's own frame in Chinese, the reference locale: other locales must have
 * exactly these keys, with the same parameters (`satisfies Messages` in their index.ts), so a
 * missing, extra or mistyped message fails `npm run check`.
 */
import { about } from './about';
import { chart } from './chart';
import { desk } from './desk';
import { gallery } from './gallery';
import { site } from './site';
import { sources } from './sources';
import { story } from './story';

export const messages = { site, chart, story, gallery, desk, sources, about };
export type Messages = typeof messages;
