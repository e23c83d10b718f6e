import { error } from '@sveltejs/kit';
import { localeOf } from '$lib/i18n/locale';
import { twins } from '$lib/i18n/routes';
import { pictureSteps, stepPicture } from '$lib/present/pptx.server';

export const prerender = true;

/** Only the steps whose chart is a picture on its slide: a native chart needs none. */
export const entries = () => twins(pictureSteps());

/** A step's chart alone on white, in the step's state, laid out for its slide's chart box. */
export async function GET({ params, url }) {
	const known = pictureSteps().some((s) => s.chapter === params.chapter && s.step === params.step);
	if (!known) error(404, 'No such picture');
	const picture = await stepPicture(localeOf(url.pathname), params.chapter, params.step);
	return new Response(new Uint8Array(picture.png), { headers: { 'content-type': 'image/png' } });
}
