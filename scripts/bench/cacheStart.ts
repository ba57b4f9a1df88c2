import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Router } from '../../server/engine/index.ts';
import { feedId } from '../../server/feeds/feedId.ts';
import { feedVersion } from '../../server/feeds/feedVersion.ts';
import { loadServedFeed } from '../../server/feeds/loadServedFeed.ts';
import { cachePath, readTimetableCache } from '../../server/feeds/timetableCache.ts';
import { naturalEarthLocator } from '../../server/network/naturalEarth.ts';

/**
 * `tsx scripts/bench/cacheStart.ts <feed>`: the second start from the binary timetable cache. A first
 * child process loads the feed from its zip and writes the cache (as `CORRIDOR_CACHE=1 npm start`
 * does); fresh child processes then time (a) hashing the feed + reading the cache into a routable
 * Router, and (b) the whole `loadServedFeed` from the cache (adds countries, station graph, search and
 * board indexes). Prints one JSON line per step.
 */
const [feed, mode, dir] = process.argv.slice(2);
if (mode === undefined) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'corridor-cache-bench-'));
  try {
    for (const step of ['first', 'router', 'served', 'router', 'served']) {
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', import.meta.filename, resolve(feed), step, cacheDir],
        {
          encoding: 'utf8',
        },
      );
      console.log(out.trim().split('\n').pop());
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
} else {
  const locator = naturalEarthLocator();
  const t0 = performance.now();
  let detail: Record<string, unknown> = {};
  if (mode === 'first') {
    const r = await loadServedFeed(feed, locator, { cacheDir: dir });
    const file = cachePath(dir, r.id, feedVersion(feed));
    detail = { ok: !!r.feed, cacheMb: Math.round(statSync(file).size / 1e6) };
  } else if (mode === 'router') {
    const c = readTimetableCache(cachePath(dir, feedId(feed), feedVersion(feed)));
    if (!c) throw new Error('no cache');
    new Router(c.raptor);
  } else {
    const r = await loadServedFeed(feed, locator, { cacheDir: dir });
    if (!r.feed) throw new Error('not served');
  }
  const ms = performance.now() - t0;
  console.log(
    JSON.stringify({
      step: mode,
      ms: Math.round(ms),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      ...detail,
    }),
  );
}
