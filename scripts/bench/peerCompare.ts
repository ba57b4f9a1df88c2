import { expandStops, type Journey, type Router } from '../../server/engine/index.ts';
import type { Timetable } from '../../server/timetable/Timetable.ts';
import { localToUnix } from '../../server/timetable/time/localToUnix.ts';
import { type PeerAnswer, PeerPlanner, type PeerQuery } from './peer/PeerPlanner.ts';
import { percentiles } from './percentiles.ts';
import type { BenchQuery } from './referenceCheck.ts';

/** Timings of one query kind on the same queries: ours and the peer's, in ms. */
export interface KindComparison {
  /** Per-query times over all rounds. */
  ours: ReturnType<typeof percentiles>;
  peer: ReturnType<typeof percentiles>;
  /** Median over the rounds of the peer's total time over ours (same queries, back to back). */
  ratio: number;
  /** Smallest and largest ratio of a round. */
  ratioMin: number;
  ratioMax: number;
  rounds: number;
}

/** Result of `peerCompare` for one feed (agreement on the depart-after queries the peer finished). */
export interface PeerComparison {
  buildMs: number;
  departAfter: KindComparison;
  range: KindComparison;
  /** Ours with the peer's horizon as cutoff (`maxTravelSeconds`) against the peer's one-day scan. */
  oneToAll: KindComparison;
  /** Ours without a cutoff (journeys of up to a week) against the same scans. */
  oneToAllWeek: KindComparison;
  /**
   * One-to-all agreement over the stops the peer reaches by train: ours (with the cutoff) equal,
   * earlier, later or none.
   */
  reach: { equal: number; earlier: number; later: number; none: number };
  /** Median and largest one-to-all horizon (the peer's latest arrival after the departure), hours. */
  horizonHours: { p50: number; max: number };
  /** Queries where both give the same earliest arrival (or both none). */
  agreeArrival: number;
  /** ... and the same fewest transfers at that arrival. */
  agreeTransfers: number;
  checked: number;
  mismatches: string[];
}

/** Most rounds of `compare`: enough for a median; fewer when the peer's budget runs out. */
const ROUNDS = 5;

/**
 * Times the peer query by query until `budgetMs` is spent (it can take seconds a query), then ours on
 * exactly the queries the peer finished: one round. Further rounds (up to ROUNDS, while the peer's
 * total stays within the budget) time both again on those queries, peer then ours, so that each
 * round's ratio compares the two under the same machine load; the ratio reported is the median round's.
 */
function compare(
  queries: BenchQuery[],
  ours: (q: BenchQuery) => unknown,
  peer: (q: BenchQuery) => unknown,
  budgetMs: number,
): KindComparison {
  const time = (f: (q: BenchQuery) => unknown, qs: BenchQuery[], budget: number) => {
    const out: number[] = [];
    const start = performance.now();
    for (const q of qs) {
      const t = performance.now();
      f(q);
      out.push(performance.now() - t);
      if (performance.now() - start > budget) break;
    }
    return out;
  };
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  peer(queries[0]); // warm-up
  const b = time(peer, queries, budgetMs);
  const done = queries.slice(0, b.length);
  for (const q of done.slice(0, 5)) ours(q); // warm-up
  const a = time(ours, done, Number.POSITIVE_INFINITY);
  const allPeer = [...b];
  const allOurs = [...a];
  const ratios = [sum(b) / sum(a)];
  let peerTotal = sum(b);
  while (ratios.length < ROUNDS && peerTotal * (1 + 1 / ratios.length) <= budgetMs) {
    const pb = time(peer, done, Number.POSITIVE_INFINITY);
    const pa = time(ours, done, Number.POSITIVE_INFINITY);
    allPeer.push(...pb);
    allOurs.push(...pa);
    ratios.push(sum(pb) / sum(pa));
    peerTotal += sum(pb);
  }
  ratios.sort((x, y) => x - y);
  return {
    ours: { ...percentiles(allOurs), n: a.length },
    peer: { ...percentiles(allPeer), n: b.length },
    ratio: ratios[(ratios.length - 1) >> 1],
    ratioMin: ratios[0],
    ratioMax: ratios[ratios.length - 1],
    rounds: ratios.length,
  };
}

/**
 * Times raptor-journey-planner against our Router on the same queries (depart-after, a 2 h range on
 * the first `rangeQueries`, one-to-all) and compares the earliest arrival of every depart-after
 * answer (and its transfers). The peer's input is built from our Timetable (see toPeerInput).
 */
export function peerCompare(
  tt: Timetable,
  router: Router,
  queries: BenchQuery[],
  rangeQueries: number,
  budgetMs: number,
): PeerComparison {
  const t0 = performance.now();
  const peer = new PeerPlanner(tt);
  const buildMs = performance.now() - t0;
  const ids = (xs: number[]) => expandStops(tt, xs).map((s) => tt.stops.id[s]);
  // The query's instant as our Router reads it (local time at the first origin stop), on the peer's clock.
  const peerTime = (q: BenchQuery) => {
    const origin = expandStops(tt, q.from)[0] ?? 0;
    const zone = tt.timezones[tt.stops.timezone[origin]] ?? router.data.zones[0];
    return localToUnix(q.date, q.time, zone) - peer.dayStart(q.date);
  };
  const pq = new Map<BenchQuery, PeerQuery>(
    queries.map((q) => [q, { from: ids(q.from), to: ids(q.to), date: q.date, time: peerTime(q) }]),
  );
  const departAfter = compare(
    queries,
    (q) => router.plan(q),
    (q) => peer.plan(pq.get(q)!),
    budgetMs,
  );
  const rq = queries.slice(0, rangeQueries);
  // Our queries, like the peer's, are built before the timing (so neither side times building them).
  const ranged = new Map(rq.map((q) => [q, { ...q, windowSeconds: 7200 }]));
  const range = compare(
    rq,
    (q) => router.plan(ranged.get(q)!),
    (q) => peer.range(pq.get(q)!, 7200),
    budgetMs,
  );
  // Like for like: the peer scans the trips of the query's day, however late they arrive; ours takes
  // every day's trips but only arrivals up to the latest the peer reaches (its horizon) for that query.
  const horizon = new Map<BenchQuery, number>();
  const reach = { equal: 0, earlier: 0, later: 0, none: 0 };
  for (const q of queries) {
    const arrivals = peer.oneToAllArrivals(pq.get(q)!);
    // The query instant, already converted to the peer's clock above.
    const departure = peer.dayStart(q.date) + pq.get(q)!.time;
    let last = departure;
    for (const a of arrivals.values()) last = Math.max(last, a.time);
    horizon.set(q, last - departure);
    const ours = router.oneToAll({ ...q, maxTravelSeconds: last - departure });
    for (const [id, { time: t, byTrain }] of arrivals) {
      if (!byTrain) continue;
      const a = ours.arrival[tt.stopIndex.get(id)!];
      if (Number.isNaN(a)) reach.none++;
      else if (a === t) reach.equal++;
      else if (a < t) reach.earlier++;
      else reach.later++;
    }
  }
  const capped = new Map(queries.map((q) => [q, { ...q, maxTravelSeconds: horizon.get(q)! }]));
  const oneToAll = compare(
    queries,
    (q) => router.oneToAll(capped.get(q)!),
    (q) => peer.oneToAll(pq.get(q)!),
    budgetMs,
  );
  const oneToAllWeek = compare(
    queries,
    (q) => router.oneToAll(q),
    (q) => peer.oneToAll(pq.get(q)!),
    budgetMs,
  );
  let agreeArrival = 0;
  let agreeTransfers = 0;
  const mismatches: string[] = [];
  const agreed = queries.slice(0, departAfter.peer.n);
  for (const q of agreed) {
    const mine = earliest(router.plan(q));
    const theirs = peer.answer(pq.get(q)!, peer.plan(pq.get(q)!));
    if (mine?.arrival === theirs?.arrival) {
      agreeArrival++;
      if (mine?.transfers === theirs?.transfers) agreeTransfers++;
    } else if (mismatches.length < 3) {
      const fmt = (x: PeerAnswer | null) =>
        x ? `${new Date(x.arrival * 1000).toISOString()}/${x.transfers}` : 'none';
      mismatches.push(
        `${tt.stops.id[q.from[0]]} -> ${tt.stops.id[q.to[0]]} ${q.date} +${q.time}s: ours ${fmt(mine)}, peer ${fmt(theirs)}`,
      );
    }
  }
  return {
    buildMs,
    departAfter,
    range,
    oneToAll,
    oneToAllWeek,
    reach,
    horizonHours: {
      p50: percentiles([...horizon.values()].map((h) => h / 3600)).p50,
      max: Math.max(...horizon.values()) / 3600,
    },
    agreeArrival,
    agreeTransfers,
    checked: agreed.length,
    mismatches,
  };
}

/** Our earliest arrival (fewest transfers among equals), as the peer reports it. */
function earliest(journeys: Journey[]): PeerAnswer | null {
  let best: PeerAnswer | null = null;
  for (const j of journeys)
    if (!best || j.arrival < best.arrival || (j.arrival === best.arrival && j.transfers < best.transfers))
      best = { arrival: j.arrival, transfers: j.transfers };
  return best;
}
