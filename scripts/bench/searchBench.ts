import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { callsPerStop } from '../../server/feeds/callsPerStop.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { StopSearchIndex } from '../../server/search/StopSearchIndex.ts';
import { mulberry32 } from './mulberry32.ts';
import { percentiles } from './percentiles.ts';

/**
 * `npx tsx scripts/bench/searchBench.ts [--feed <zip|folder> ...] [--names N] [--rounds R]`: station
 * search times per query (GET /api/stops's work without HTTP). For each feed (default: the NYC subway
 * and DB long-distance feeds of ../shared/gtfs and the shipped corridor feed) it builds the index,
 * then times a seeded set of what travellers type, made from `--names` random stop names: the first
 * 1, 3 and 5 letters, the first word, the whole name, the name with two letters swapped, the name
 * with an extra word, and a `near` query; `--rounds` passes after one warm-up pass. Prints Markdown.
 */
const repoRoot = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    feed: { type: 'string', multiple: true },
    names: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '42' },
  },
});
const feeds = values.feed?.map((f) => resolve(f)) ?? [
  resolve(repoRoot, '../shared/gtfs/mta-subway-2026.zip'),
  resolve(repoRoot, '../shared/gtfs/db-fernverkehr-2023.zip'),
  resolve(repoRoot, 'data/feeds/corridor-2026-plan'),
];

type Kind = 'letter' | 'prefix3' | 'prefix5' | 'word' | 'name' | 'typo' | 'extra word' | 'near';

function queriesFor(names: string[], rand: () => number): { kind: Kind; q: string }[] {
  const out: { kind: Kind; q: string }[] = [];
  for (const name of names) {
    out.push({ kind: 'letter', q: name.slice(0, 1) });
    out.push({ kind: 'prefix3', q: name.slice(0, 3) });
    out.push({ kind: 'prefix5', q: name.slice(0, 5) });
    out.push({ kind: 'word', q: name.split(/[\s-]/)[0] });
    out.push({ kind: 'name', q: name });
    const i = 1 + Math.floor(rand() * Math.max(1, name.length - 2));
    out.push({ kind: 'typo', q: name.slice(0, i - 1) + name[i] + name[i - 1] + name.slice(i + 1) });
    out.push({ kind: 'extra word', q: `${name} central` });
  }
  return out;
}

console.log('| feed | stops | index build ms | query kind | queries | p50 ms | p95 ms | p99 ms | max ms |');
console.log('|---|---:|---:|---|---:|---:|---:|---:|---:|');
for (const path of feeds) {
  const { timetable } = await loadFeed(path);
  if (!timetable) throw new Error(`${path}: not loadable`);
  const t0 = performance.now();
  const index = new StopSearchIndex(timetable, callsPerStop(timetable));
  const buildMs = performance.now() - t0;
  const rand = mulberry32(Number(values.seed));
  const { stops } = timetable;
  const names: string[] = [];
  const coords: { lat: number; lon: number }[] = [];
  for (let k = 0; k < Number(values.names); k++) {
    const i = Math.floor(rand() * stops.count);
    if (stops.name[i]) names.push(stops.name[i]);
    if (Number.isFinite(stops.lat[i])) coords.push({ lat: stops.lat[i] + 0.001, lon: stops.lon[i] - 0.001 });
  }
  const queries = queriesFor(names, rand);
  const times = new Map<Kind, number[]>();
  const sample = (kind: Kind, ms: number) => {
    const list = times.get(kind);
    if (list) list.push(ms);
    else times.set(kind, [ms]);
  };
  const rounds = Number(values.rounds);
  for (let round = 0; round <= rounds; round++) {
    for (const { kind, q } of queries) {
      const s = performance.now();
      index.search(q, 8);
      const ms = performance.now() - s;
      if (round > 0) sample(kind, ms);
    }
    for (const near of coords) {
      const s = performance.now();
      index.search('', 8, near);
      const ms = performance.now() - s;
      if (round > 0) sample('near', ms);
    }
  }
  const feed = path.split('/').at(-1);
  const all = [...times.values()].flat();
  for (const [kind, samples] of [...times, ['all' as Kind, all] as const]) {
    const p = percentiles(samples);
    const max = Math.max(...samples);
    console.log(
      `| ${feed} | ${stops.count} | ${buildMs.toFixed(0)} | ${kind} | ${p.n} | ${p.p50.toFixed(3)} | ${p.p95.toFixed(3)} | ${p.p99.toFixed(3)} | ${max.toFixed(2)} |`,
    );
  }
}
