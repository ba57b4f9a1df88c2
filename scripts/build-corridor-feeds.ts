/**
 * Regenerates the shipped corridor feeds (`npm run feeds`):
 *   ../shared/corridor/{stations,line_sequences}.csv + data/sources/*.csv -> data/feeds/<feed>/
 * Options: --corridor <dir> (default ../shared/corridor), --sources <dir> (default data/sources),
 * --out <dir> (default data/feeds). Relative paths are resolved from the current directory; defaults
 * from the repository root. Output is deterministic: same inputs, byte-identical files.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFeeds } from './corridor/writeFeeds.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    corridor: { type: 'string', default: resolve(root, '../shared/corridor') },
    sources: { type: 'string', default: resolve(root, 'data/sources') },
    out: { type: 'string', default: resolve(root, 'data/feeds') },
  },
});
const paths = {
  corridorDir: resolve(values.corridor),
  sourcesDir: resolve(values.sources),
  outDir: resolve(values.out),
};
const names = writeFeeds(paths);
console.log(`wrote ${names.map((n) => `${paths.outDir}/${n}`).join(', ')}`);
