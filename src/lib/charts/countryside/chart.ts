import { defineChart } from '../types';
import { words as en } from './en';
import { spec } from './spec';
import { words as zh } from './zh';

export const chart = defineChart({ spec, words: { zh, en }, load: () => import('./Chart.svelte') });
