import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { StopIdx } from '../server/engine/model/Timetable.ts';
import { Router } from '../server/engine/Router.ts';
import { serviceRange } from '../server/feeds/serviceRange.ts';
import { loadFeed } from '../server/gtfs/loadFeed.ts';
import { mulberry32 } from './bench/mulberry32.ts';
import { percentiles } from './bench/percentiles.ts';

/**
 * `npm run bench [-- --feed <zip|folder> ...] [--queries N] [--seed S]`: for each feed (default: every
 * zip in ../shared/gtfs), the load time and peak RSS (measured in a fresh child process, so feeds do
 * not inflate each other's figures), then p50/p95/p99 of a fixed seeded set of random queries:
 * depart-after Pareto, arrive-by, a 2-hour range, one-to-all. Prints a Markdown table.
 */
const repoRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    feed: { type: 'string', multiple: true },
    queries: { type: 'string', default: '200' },
    seed: { type: 'string', default: '42' },
    'load-only': { type: 'boolean', default: false },
    child: { type: 'string' },
  },
});

if (values.child) {
  // Child mode: load one feed and report time and peak RSS as JSON.
  const t0 = performance.now();
  const { timetable, report } = await loadFeed(values.child);
  const ms = performance.now() - t0;
  const t1 = performance.now();
  if (timetable) new Router(timetable);
  const indexMs = performance.now() - t1;
  const { maxRSS } = process.resourceUsage();
  console.log(
    JSON.stringify({
      ms,
      indexMs,
      peakRssMb: maxRSS / 1024,
      errors: report.errors.length,
      stopTimes: timetable?.trips.stStop.length ?? 0,
    }),
  );
  process.exit(0);
}

const feeds =
  values.feed?.map((f) => resolve(f)) ??
  readdirSync(join(repoRoot, '../shared/gtfs'))
    .filter((f) => f.endsWith('.zip'))
    .sort()
    .map((f) => join(repoRoot, '../shared/gtfs', f));
const nQueries = Number(values.queries);
const seed = Number(values.seed);

console.log(
  `# npm run bench (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${nQueries} queries/kind, seed ${seed})\n`,
);
console.log(
  '| feed | stop_times | load s | index s | peak RSS MB | depart-after p50/p95/p99 ms | arrive-by p50/p95/p99 | 2 h range p50/p95/p99 | one-to-all p50/p95/p99 | journeys found |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const path of feeds) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', path], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const load = JSON.parse(out.trim().split('\n').pop()!);
  const name = path.split('/').pop();
  if (values['load-only']) {
    console.log(
      `| ${name} | ${load.stopTimes} | ${(load.ms / 1000).toFixed(2)} | ${(load.indexMs / 1000).toFixed(2)} | ${load.peakRssMb.toFixed(0)} | | | | | |`,
    );
    continue;
  }
  const { timetable } = await loadFeed(path);
  if (!timetable) throw new Error(`${path} has errors`);
  const router = new Router(timetable);
  const range = serviceRange(timetable);
  const rnd = mulberry32(seed);
  const { stops } = timetable;
  const candidates: number[] = [];
  for (let s = 0; s < stops.count; s++)
    if (stops.locationType[s] === 0 || stops.locationType[s] === 1)
      if (stops.parent[s] < 0) candidates.push(s);
  const first = Date.parse(`${range.from}T00:00:00Z`);
  const days = Math.max(1, Math.round((Date.parse(`${range.to}T00:00:00Z`) - first) / 86_400_000));
  const queries = Array.from({ length: nQueries }, () => ({
    from: [candidates[Math.floor(rnd() * candidates.length)] as StopIdx],
    to: [candidates[Math.floor(rnd() * candidates.length)] as StopIdx],
    date: new Date(first + Math.floor(rnd() * days) * 86_400_000).toISOString().slice(0, 10),
    time: 6 * 3600 + Math.floor(rnd() * 14 * 3600),
  }));
  const time = (f: (q: (typeof queries)[number]) => number) => {
    for (const q of queries.slice(0, 20)) f(q); // warm-up
    return percentiles(
      queries.map((q) => {
        const t = performance.now();
        f(q);
        return performance.now() - t;
      }),
    );
  };
  const da = time((q) => router.plan(q).length);
  const found = queries.filter((q) => router.plan(q).length > 0).length;
  const ab = time((q) => router.plan({ ...q, arriveBy: true }).length);
  const rg = time((q) => router.plan({ ...q, windowSeconds: 7200 }).length);
  const oa = time((q) => router.oneToAll(q).arrival.length);
  const fmt = (p: ReturnType<typeof percentiles>) =>
    `${p.p50.toFixed(2)} / ${p.p95.toFixed(2)} / ${p.p99.toFixed(2)}`;
  console.log(
    `| ${name} | ${load.stopTimes} | ${(load.ms / 1000).toFixed(2)} | ${(load.indexMs / 1000).toFixed(2)} | ${load.peakRssMb.toFixed(0)} | ${fmt(da)} | ${fmt(ab)} | ${fmt(rg)} | ${fmt(oa)} | ${Math.round((found / nQueries) * 100)}% |`,
  );
}
