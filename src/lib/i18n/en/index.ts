/** Every word of the site's own frame in English: exactly the keys of the Chinese reference. */
import type { Messages } from '../zh';
import { chart } from './chart';
import { embed } from './embed';
import { gallery } from './gallery';
import { present } from './present';
import { site } from './site';
import { story } from './story';

export const messages = { site, chart, story, gallery, embed, present } satisfies Messages;
