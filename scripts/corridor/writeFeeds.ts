import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFeed } from './buildFeed.ts';
import { loadCorridor } from './loadCorridor.ts';
import { loadSources } from './loadSources.ts';

/** Where the generator reads and writes. */
export interface FeedPaths {
  /** ../shared/corridor: stations.csv, line_sequences.csv. */
  corridorDir: string;
  /** data/sources: the hand-edited source tables. */
  sourcesDir: string;
  /** data/feeds: one folder per feed is replaced as a whole. */
  outDir: string;
}

/**
 * Builds every feed listed in feeds.csv and writes it to `<outDir>/<feed>/`, replacing that folder so no
 * stale file survives. Returns the feed names written (sorted).
 */
export function writeFeeds(paths: FeedPaths): string[] {
  const corridor = loadCorridor(paths.corridorDir);
  const sources = loadSources(paths.sourcesDir);
  const names = sources.feeds.map((f) => f.feed).sort();
  // Build all first, so a data error leaves the shipped folders untouched.
  const built = names.map((name) => [name, buildFeed(corridor, sources, name)] as const);
  for (const [name, files] of built) {
    const dir = join(paths.outDir, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [file, content] of files) writeFileSync(join(dir, file), content);
  }
  return names;
}
