import type { desk as zh } from '../zh/desk';

export const desk = {} satisfies typeof zh;
