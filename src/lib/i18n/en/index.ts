/** Every word of the site's own frame in English: exactly the keys of the Chinese reference. */
import type { Messages } from '../zh';
import { about } from './about';
import { chart } from './chart';
import { desk } from './desk';
import { gallery } from './gallery';
import { site } from './site';
import { sources } from './sources';
import { story } from './story';

export const messages = { site, chart, story, gallery, desk, sources, about } satisfies Messages;
