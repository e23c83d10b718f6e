/** The dataset as the tests know it: parsed straight from data/, independently of the build. */
import { resolve } from 'node:path';
import { parseDataset } from '../../src/lib/data/parse';
import { readDataFiles } from '../../src/lib/server/dataset';

export const dataset = parseDataset(readDataFiles(resolve(import.meta.dirname, '../..')));
export const figureById = new Map(dataset.figures.map((f) => [f.id, f]));
