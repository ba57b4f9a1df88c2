import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Router } from '../../server/engine/index.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { benchQueries } from './benchQueries.ts';
import type { BenchQuery } from './referenceCheck.ts';

/**
 * `npx tsx scripts/bench/abEngines.ts --base <checkout> [--feed <zip>] [--kind depart-after|arrive-by|
 * range|one-to-all] [--queries N] [--rounds N]`: this checkout's engine against another one's (say
 * `git worktree add /tmp/base HEAD~1 && ln -s "$PWD/node_modules" /tmp/base/`), in one process on one
 * loaded Timetable (so both must read the same Timetable shape), on the bench's first `--queries`
 * seeded queries (default 50; one-to-all with a 49 h cutoff). Each round times 10 passes of the
 * queries through each engine, the order alternating; prints the median µs a query of each and the
 * median (range) of the rounds' base / new ratio, the first 5 rounds left out as warm-up. An engine
 * change's speed-up measured like this moves far less with the machine's load than two bench runs do.
 */
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    feed: { type: 'string', default: '../shared/gtfs/amtrak.zip' },
    kind: { type: 'string', default: 'depart-after' },
    queries: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '30' },
  },
});
if (!values.base) throw new Error('--base <path of another checkout> is required');
const kinds = ['depart-after', 'arrive-by', 'range', 'one-to-all'];
if (!kinds.includes(values.kind)) throw new Error(`--kind must be one of ${kinds.join(', ')}`);
const rounds = Number(values.rounds);
if (!(rounds > 5)) throw new Error('--rounds must be more than 5 (the first 5 are warm-up)');

const baseModule = (await import(pathToFileURL(resolve(values.base, 'server/engine/Router.ts')).href)) as {
  Router: typeof Router;
};
const { timetable: tt, report } = await loadFeed(resolve(values.feed));
if (!tt) throw new Error(`${values.feed}: ${report.errors.length} errors`);
const routers = [new baseModule.Router(tt), new Router(tt)];
const queries = benchQueries(tt, 200, 42).slice(0, Number(values.queries));
const ask = (r: Router, q: BenchQuery) => {
  if (values.kind === 'one-to-all') return r.oneToAll({ ...q, maxTravelSeconds: 49 * 3600 });
  if (values.kind === 'arrive-by') return r.plan({ ...q, arriveBy: true });
  if (values.kind === 'range') return r.plan({ ...q, windowSeconds: 7200 });
  return r.plan(q);
};
/** Mean µs a query over 10 passes. */
const pass = (r: Router) => {
  const t = performance.now();
  for (let i = 0; i < 10; i++) for (const q of queries) ask(r, q);
  return ((performance.now() - t) / (10 * queries.length)) * 1000;
};
const times: number[][] = [[], []];
for (let round = 0; round < rounds; round++)
  for (const w of round % 2 === 0 ? [1, 0] : [0, 1]) times[w].push(pass(routers[w]));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const kept = (xs: number[]) => xs.slice(5);
const ratios = kept(times[0]).map((b, i) => b / kept(times[1])[i]);
console.log(
  `${values.feed} ${values.kind}, ${queries.length} queries, ${rounds - 5} rounds: base ${median(kept(times[0])).toFixed(1)} µs, ` +
    `new ${median(kept(times[1])).toFixed(1)} µs, base / new ${median(ratios).toFixed(3)} ` +
    `(${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
);
