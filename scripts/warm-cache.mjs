// `node scripts/warm-cache.mjs <cache dir> <feed zip|folder>...`: writes the binary timetable cache
// (server/feeds/timetableCache.ts) of each feed, from the compiled server (dist/, `npm run build`), so
// that a server started with CORRIDOR_CACHE=<cache dir> on the same feeds skips parsing them. The
// Dockerfile runs it at build time; exits 1 when a feed is refused.
import { resolve } from 'node:path';
import { loadServedFeed } from '../dist/server/feeds/loadServedFeed.js';
import { naturalEarthLocator } from '../dist/server/network/naturalEarth.js';

const [cacheDir, ...feeds] = process.argv.slice(2);
if (!cacheDir || feeds.length === 0) {
  console.error('usage: node scripts/warm-cache.mjs <cache dir> <feed>...');
  process.exit(2);
}
const locator = naturalEarthLocator();
let failed = false;
for (const path of feeds) {
  const r = await loadServedFeed(resolve(path), locator, { cacheDir: resolve(cacheDir) });
  console.log(`${r.id}: ${r.feed ? 'cached' : 'REFUSED'} in ${Math.round(r.millis)} ms`);
  failed ||= !r.feed;
}
process.exit(failed ? 1 : 0);
