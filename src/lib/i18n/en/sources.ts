import type { sources as zh } from '../zh/sources';

export const sources = {} satisfies typeof zh;
