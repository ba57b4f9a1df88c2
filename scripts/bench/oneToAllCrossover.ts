import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Router } from '../../server/engine/index.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { benchQueries } from './benchQueries.ts';

/**
 * `npx tsx scripts/bench/oneToAllCrossover.ts [--feed <zip> ...] [--queries N]` (default: every zip in
 * ../shared/gtfs but the NYC subway, whose RAPTOR runs take minutes here): where one-to-all's
 * connection scan stops paying. For cutoffs from 2 h to 5 days, the mean time of the same seeded
 * queries (as `npm run bench` picks them) by the connection scan and by RAPTOR (Router option
 * `oneToAll`), and how many connections the scan's window holds per pattern stop of the index: the
 * measure `CSA_CONNECTIONS_PER_PATTERN_STOP` bounds. Feeds the scan cannot take (through trains,
 * trip-to-trip transfers) are reported as such. Prints a Markdown table.
 */
const repoRoot = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: { feed: { type: 'string', multiple: true }, queries: { type: 'string', default: '30' } },
});
const feeds =
  values.feed?.map((f) => resolve(f)) ??
  readdirSync(join(repoRoot, '../shared/gtfs'))
    .filter((f) => f.endsWith('.zip') && f !== 'mta-subway-2026.zip')
    .sort()
    .map((f) => join(repoRoot, '../shared/gtfs', f));
const HOURS = [2, 6, 12, 24, 48, 72, 120, 168];

console.log(
  `# one-to-all: connection scan against RAPTOR (${new Date().toISOString().slice(0, 10)}, node ${process.version})\n`,
);
console.log(
  `| feed | pattern stops | ${HOURS.map((h) => `${h} h: conns/pattern stop, scan / RAPTOR µs`).join(' | ')} |`,
);
console.log(`|---|---|${HOURS.map(() => '---').join('|')}|`);
for (const path of feeds) {
  const { timetable: tt } = await loadFeed(path);
  if (!tt) throw new Error(`${path} has errors`);
  const csa = new Router(tt, { oneToAll: 'csa' });
  const raptor = new Router(tt, { oneToAll: 'raptor' });
  // The bench's queries (seed 42): random stations and dates, 06:00-20:00.
  const queries = benchQueries(tt, Number(values.queries), 42);
  const search = csa.connectionScan();
  const name = path.split('/').pop();
  const patternStops = csa.data.forward.patStops.length;
  if (!search) {
    console.log(`| ${name} | ${patternStops} | ${HOURS.map(() => 'RAPTOR only').join(' | ')} |`);
    continue;
  }
  /** Mean µs per query over repeated passes of at least 300 ms. */
  const time = (router: Router, h: number) => {
    const run = () => {
      for (const q of queries) router.oneToAll({ ...q, maxTravelSeconds: h * 3600 });
    };
    run();
    const t = performance.now();
    let n = 0;
    while (performance.now() - t < 300) {
      run();
      n++;
    }
    return ((performance.now() - t) / n / queries.length) * 1000;
  };
  const cells = HOURS.map((h) => {
    let window = 0;
    for (const q of queries) {
      csa.oneToAll({ ...q, maxTravelSeconds: h * 3600 });
      window += search.lastWindow;
    }
    const ratio = window / queries.length / patternStops;
    return `${ratio.toFixed(2)}, ${time(csa, h).toFixed(0)} / ${time(raptor, h).toFixed(0)}`;
  });
  console.log(`| ${name} | ${patternStops} | ${cells.join(' | ')} |`);
}
