/**
 * Every word of the site's own frame in Chinese, the reference locale: other locales must have
 * exactly these keys, with the same parameters (`satisfies Messages` in their index.ts), so a
 * missing, extra or mistyped message fails `npm run check`. The desk pages' areas (desk.ts,
 * sources.ts, about.ts) follow the same rule and are gathered in src/lib/desk/messages.ts.
 */
import { chart } from './chart';
import { embed } from './embed';
import { gallery } from './gallery';
import { present } from './present';
import { site } from './site';
import { story } from './story';

export const messages = { site, chart, story, gallery, embed, present };
export type Messages = typeof messages;
