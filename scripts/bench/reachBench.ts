import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { presentReach } from '../../server/api/present/presentReach.ts';
import { loadServedFeed } from '../../server/feeds/loadServedFeed.ts';
import { naturalEarthLocator } from '../../server/network/naturalEarth.ts';
import { mulberry32 } from './mulberry32.ts';

/**
 * `npx tsx scripts/bench/reachBench.ts [--feed <zip>] [--date D] [--queries N] [--minutes M]`: GET
 * /api/reach's work (presentReach: one profile to every station, then the document) from seeded random
 * stations at 06:00–20:00; prints the median and p90 ms a query and stations reached.
 */
const { values } = parseArgs({
  options: {
    feed: { type: 'string', default: '../shared/gtfs/mta-subway-2026.zip' },
    date: { type: 'string', default: '2026-06-03' },
    queries: { type: 'string', default: '40' },
    minutes: { type: 'string', default: '60' },
  },
});
const locator = naturalEarthLocator();
const { feed } = await loadServedFeed(resolve(values.feed), locator);
if (!feed) throw new Error(`${values.feed} did not load`);
const tt = feed.timetable;
const stations: string[] = [];
for (let s = 0; s < tt.stops.count; s++) if (tt.stops.parent[s] < 0) stations.push(tt.stops.id[s]);
const r = mulberry32(7);
const ms: number[] = [];
let reached = 0;
for (let i = 0; i < Number(values.queries); i++) {
  const from = stations[Math.floor(r() * stations.length)];
  const h = 6 + Math.floor(r() * 14);
  const q = {
    from,
    date: values.date,
    time: `${String(h).padStart(2, '0')}:00`,
    maxMinutes: Number(values.minutes),
    maxTransfers: 5,
    minTransfer: 5,
  };
  const t = performance.now();
  reached += presentReach(feed, null, q).stops.length;
  ms.push(performance.now() - t);
}
ms.sort((a, b) => a - b);
const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))].toFixed(1);
console.log(
  `${values.feed} reach ${values.minutes} min, ${ms.length} queries: median ${at(0.5)} ms, p90 ${at(0.9)} ms, ${Math.round(reached / ms.length)} stations reached on average`,
);
