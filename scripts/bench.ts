import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Router } from '../server/engine/index.ts';
import { loadFeed } from '../server/gtfs/loadFeed.ts';
import { benchQueries } from './bench/benchQueries.ts';
import { type PeerComparison, peerCompare } from './bench/peerCompare.ts';
import { percentiles } from './bench/percentiles.ts';
import { referenceCheck } from './bench/referenceCheck.ts';
import { type ScaleFigures, scaleNetwork } from './bench/scaleNetwork.ts';

/**
 * `npm run bench [-- --feed <zip|folder> ...] [--queries N] [--seed S] [--peer-queries N]
 * [--ref-queries N] [--peer-budget S] [--no-peer] [--no-ref]`: for each feed (default: every zip in ../shared/gtfs), the
 * load time and peak RSS (measured in a fresh child process, so feeds do not inflate each other's
 * figures), then p50/p95/p99 of a fixed seeded set of random queries: depart-after Pareto, arrive-by,
 * a 2-hour range, one-to-all. Then the first `--peer-queries` of them on raptor-journey-planner (time
 * ratio, the median of up to 5 alternating rounds within `--peer-budget`; earliest-arrival agreement)
 * and the first `--ref-queries` depart-after queries against the
 * reference search of the engine tests. Then (unless `--no-scale`; `--scale-only`: that alone) the
 * scale entry: all the feeds as one network in one process (load, merge, index, peak RSS, query
 * percentiles; see scripts/bench/scaleNetwork.ts). Prints Markdown tables.
 */
// The peer reads JavaScript Dates in the process's zone; ours never depend on it.
process.env.TZ = 'UTC';
const repoRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    feed: { type: 'string', multiple: true },
    queries: { type: 'string', default: '200' },
    seed: { type: 'string', default: '42' },
    'load-only': { type: 'boolean', default: false },
    'peer-queries': { type: 'string', default: '50' },
    'ref-queries': { type: 'string', default: '30' },
    'no-peer': { type: 'boolean', default: false },
    'peer-budget': { type: 'string', default: '60' },
    'no-ref': { type: 'boolean', default: false },
    child: { type: 'string' },
    measure: { type: 'string' },
    'load-json': { type: 'string' },
    'no-scale': { type: 'boolean', default: false },
    'scale-only': { type: 'boolean', default: false },
    'scale-child': { type: 'boolean', default: false },
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
const peerQueries = values['no-peer'] ? 0 : Number(values['peer-queries']);
const refQueries = values['no-ref'] ? 0 : Number(values['ref-queries']);
// Feeds on which the reference search (every trip instance spelled out) gets slow: fewer queries, one date.
const big = (stopTimes: number) => stopTimes > 300_000;
const peerRows: string[] = [];
const refRows: string[] = [];
const notes: string[] = [];

if (values['scale-child']) {
  console.log(JSON.stringify(await scaleNetwork(feeds, nQueries, seed)));
  process.exit(0);
}

if (values['scale-only']) {
  printScale();
  process.exit(0);
}

if (values.measure) {
  console.log(JSON.stringify(await measure(values.measure, JSON.parse(values['load-json']!))));
  process.exit(0);
}

console.log(
  `# npm run bench (${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${nQueries} queries/kind, seed ${seed})\n`,
);
console.log(
  '| feed | stop_times | load s | index s | peak RSS MB | depart-after p50/p95/p99 ms | arrive-by p50/p95/p99 | 2 h range p50/p95/p99 | one-to-all p50/p95/p99 | journeys found |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
// `node --cpu-prof --cpu-prof-dir=DIR --import tsx scripts/bench.ts ...` profiles the children too (each
// writes its own .cpuprofile; the queries run in the `--measure` child).
const profile = process.execArgv.filter((a) => a.startsWith('--cpu-prof'));
for (const path of feeds) {
  const out = execFileSync(
    process.execPath,
    [...profile, '--import', 'tsx', import.meta.filename, '--child', path],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const load = JSON.parse(out.trim().split('\n').pop()!);
  const name = path.split('/').pop();
  if (values['load-only']) {
    console.log(
      `| ${name} | ${load.stopTimes} | ${(load.ms / 1000).toFixed(2)} | ${(load.indexMs / 1000).toFixed(2)} | ${load.peakRssMb.toFixed(0)} | | | | | |`,
    );
    continue;
  }
  // Queries in a fresh process per feed too: one process running several feeds' queries made the later
  // ones up to 50% slower (code optimised for one feed's shapes, garbage of the previous feeds).
  const res = execFileSync(
    process.execPath,
    [
      ...profile,
      '--import',
      'tsx',
      import.meta.filename,
      ...process.argv.slice(2),
      '--measure',
      path,
      '--load-json',
      out.trim().split('\n').pop()!,
    ],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const m = JSON.parse(res.trim().split('\n').pop()!) as Measured;
  console.log(m.row);
  if (m.peerRow) peerRows.push(m.peerRow);
  if (m.refRow) refRows.push(m.refRow);
  notes.push(...m.notes);
}

if (peerRows.length > 0) {
  console.log(
    `\n## Peer: raptor-journey-planner on the first ${peerQueries} queries (range: first ${Math.min(peerQueries, 20)}; each kind stops after ${values['peer-budget']} s of peer time, n = queries done; then up to 5 rounds of the peer and ours on those while the peer's total stays within that: × = the median round's peer time / ours, with the range over rounds)\n`,
  );
  console.log(
    "| feed | peer build s | depart-after p50 ours / peer ms | ×  | 2 h range p50 ours / peer ms | × | one-to-all, peer's horizon, p50 ours / peer ms | × | one-to-all, ours a week | × | same earliest arrival | same arrival and transfers | one-to-all stops: ours equal / earlier / later / none |",
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of peerRows) console.log(r);
}
if (refRows.length > 0) {
  console.log('\n## Reference search (test/engine/property/referenceSearch.ts), depart-after Pareto sets\n');
  console.log('| feed | queries | equal Pareto set (arrival/transfers) | reference s |');
  console.log('|---|---|---|---|');
  for (const r of refRows) console.log(r);
}
if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
if (!values['no-scale']) printScale();

/** The scale entry, measured in a fresh child process (its RSS is the network's alone). */
function printScale(): void {
  const res = execFileSync(
    process.execPath,
    ['--import', 'tsx', import.meta.filename, ...process.argv.slice(2), '--scale-child'],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const f = JSON.parse(res.trim().split('\n').pop()!) as ScaleFigures;
  const p = (x: ScaleFigures['departAfter']) =>
    `${x.p50.toFixed(1)} / ${x.p95.toFixed(1)} / ${x.p99.toFixed(1)}`;
  console.log(
    `\n## Scale: ${f.feeds} feeds as one network (mergeTimetables, one process, ${nQueries} queries/kind)\n`,
  );
  console.log(
    '| stop_times | stops | load s | merge s | index s | peak RSS MB | depart-after p50/p95/p99 ms | one-to-all p50/p95/p99 | within one feed, depart-after p50/p95/p99 | journeys found |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  console.log(
    `| ${f.stopTimes} | ${f.stops} | ${(f.loadMs / 1000).toFixed(2)} | ${(f.mergeMs / 1000).toFixed(2)} | ${(f.indexMs / 1000).toFixed(2)} | ${f.peakRssMb.toFixed(0)} | ${p(f.departAfter)} | ${p(f.oneToAll)} | ${p(f.withinFeed)} | ${Math.round(f.found * 100)}% |`,
  );
}

/** A time ratio as the peer table prints it: one decimal below 20 (where 10x is a target), whole above. */
function ratio(x: number): string {
  return x < 20 ? x.toFixed(1) : x.toFixed(0);
}

function peerRow(name: string, c: PeerComparison): string {
  const k = (x: PeerComparison['departAfter']) =>
    `${x.ours.p50.toFixed(2)} / ${x.peer.p50.toFixed(1)} (n ${x.peer.n}) | ${ratio(x.ratio)}${x.rounds > 1 ? ` (${ratio(x.ratioMin)}–${ratio(x.ratioMax)})` : ''}`;
  const pct = (n: number) => `${n}/${c.checked} (${Math.round((n / c.checked) * 100)}%)`;
  const r = c.reach;
  return `| ${name} | ${(c.buildMs / 1000).toFixed(1)} | ${k(c.departAfter)} | ${k(c.range)} | ${k(c.oneToAll)} | ${k(c.oneToAllWeek)} | ${pct(c.agreeArrival)} | ${pct(c.agreeTransfers)} | ${r.equal} / ${r.earlier} / ${r.later} / ${r.none} |`;
}

/** One feed's query rows (run in its own process, see above). */
interface Measured {
  row: string;
  peerRow?: string;
  refRow?: string;
  notes: string[];
}

async function measure(
  path: string,
  load: { stopTimes: number; ms: number; indexMs: number; peakRssMb: number },
) {
  const name = path.split('/').pop();
  const out: Measured = { row: '', notes: [] };
  const { timetable } = await loadFeed(path);
  if (!timetable) throw new Error(`${path} has errors`);
  const router = new Router(timetable);
  const queries = benchQueries(timetable, nQueries, seed);
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
  out.row = `| ${name} | ${load.stopTimes} | ${(load.ms / 1000).toFixed(2)} | ${(load.indexMs / 1000).toFixed(2)} | ${load.peakRssMb.toFixed(0)} | ${fmt(da)} | ${fmt(ab)} | ${fmt(rg)} | ${fmt(oa)} | ${Math.round((found / nQueries) * 100)}% |`;
  if (peerQueries > 0) {
    process.stderr.write(`${name}: peer comparison\n`);
    const budget = Number(values['peer-budget']) * 1000;
    const c = peerCompare(
      timetable,
      router,
      queries.slice(0, peerQueries),
      Math.min(peerQueries, 20),
      budget,
    );
    out.peerRow = peerRow(name!, c);
    out.notes.push(
      `- ${name} one-to-all horizon (the peer's latest arrival after the departure): median ${c.horizonHours.p50.toFixed(1)} h, max ${c.horizonHours.max.toFixed(1)} h`,
    );
    for (const m of c.mismatches) out.notes.push(`- ${name} peer differs: ${m}`);
  }
  if (refQueries > 0) {
    process.stderr.write(`${name}: reference search\n`);
    const isBig = big(load.stopTimes);
    const n = isBig ? Math.min(refQueries, 5) : refQueries;
    // On big feeds one date (the first query's) so the reference spells out its instances once.
    const sub = queries.slice(0, n).map((q) => (isBig ? { ...q, date: queries[0].date } : q));
    const t = performance.now();
    const r = referenceCheck(timetable, router, sub, isBig ? 2 : 9);
    out.refRow = `| ${name} | ${r.checked}${isBig ? ' (one date)' : ''} | ${r.agree} (${Math.round((r.agree / r.checked) * 100)}%) | ${((performance.now() - t) / 1000).toFixed(1)} |`;
    for (const m of r.mismatches) out.notes.push(`- ${name} reference differs: ${m}`);
  }
  return out;
}
