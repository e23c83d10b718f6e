/**
 * Whether a chart stands beside a passage of the story's words: the line under a phone's chart
 * that shows some of its rows then says they are the ones "this passage" is about. Elsewhere (an
 * embed, the gallery) no passage is beside it, and the line says only how many are shown.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('beside-passage');

/** Called by a chapter of the story for the chart it holds. */
export const besidePassage = () => setContext(KEY, true);

export const isBesidePassage = (): boolean => getContext<boolean | undefined>(KEY) ?? false;
