import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandStops, type Journey, Router } from '../../server/engine/index.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import type { StopIdx, Timetable } from '../../server/timetable/Timetable.ts';
import { localToUnix } from '../../server/timetable/time/localToUnix.ts';
import { costLimited, assertFeasible as feasible } from '../engine/property/propertyCase.ts';
import {
  earliestArrival,
  type Instance,
  instances,
  referenceQuery,
  transferLists,
} from '../engine/property/referenceSearch.ts';
import { realFeedPaths } from '../util/sharedData.ts';

/**
 * The engine on the real feeds of ../shared/gtfs (and the shipped corridor feeds): random depart-after
 * queries must give the reference search's Pareto set of (arrival, transfers), each journey with the
 * latest departure that still makes its arrival; arrive-by journeys must be the latest departures per
 * number of transfers; range queries (small feeds) must give the reference's Pareto set; one-to-all
 * must match the reference's earliest arrivals; every journey must be feasible, walks at both ends
 * included, and none boards twice at a station. Seeded, so a failure reproduces.
 */
const root = join(import.meta.dirname, '../..');
const big = new Set(['mta-subway-2026.zip', 'mta-metro-north-2026.zip']);
const feeds = [
  ...realFeedPaths(),
  ...['corridor-2024', 'corridor-2026-plan'].map((f) => join(root, 'data/feeds', f)),
];
const MIN_TRANSFER = 300;
const MAX_TRANSFERS = 3;
const K = MAX_TRANSFERS + 1;
const INF = Number.POSITIVE_INFINITY;

/** The service day with the most trips running (a typical weekday). */
function busiestDay(tt: Timetable): number {
  const sv = tt.services;
  const tripsOf = new Array(sv.count).fill(0);
  for (let t = 0; t < tt.trips.count; t++) tripsOf[tt.trips.service[t]]++;
  let best = 0;
  let bestCount = -1;
  for (let col = 0; col < sv.dayCount; col++) {
    let c = 0;
    for (let s = 0; s < sv.count; s++) if (sv.active[s * sv.dayCount + col]) c += tripsOf[s];
    if (c > bestCount) {
      bestCount = c;
      best = col;
    }
  }
  return sv.firstDay + best;
}

function lcg(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

for (const path of feeds) {
  const name = path.split('/').pop()!;
  const isBig = big.has(name);
  describe(`engine on ${name}`, () => {
    let tt: Timetable;
    let router: Router;
    let inst: Instance[];
    let lists: [number, number][][];
    let date: string;
    let stations: number[];
    beforeAll(async () => {
      const { timetable, report } = await loadFeed(path);
      expect(report.ok).toBe(true);
      tt = timetable!;
      router = new Router(tt, { maxTransfersLimit: MAX_TRANSFERS });
      const qd = busiestDay(tt);
      date = new Date(qd * 86_400_000).toISOString().slice(0, 10);
      let maxTime = 0;
      for (const t of tt.trips.stArrival) maxTime = Math.max(maxTime, t);
      const back = Math.ceil(maxTime / 86_400);
      inst = instances(tt, qd - back - 2, qd + (isBig ? 2 : 9));
      lists = transferLists(tt, MIN_TRANSFER);
      const served = new Set<number>();
      for (const I of inst)
        for (const s of I.stops) served.add(tt.stops.parent[s] >= 0 ? tt.stops.parent[s] : s);
      stations = [...served].sort((a, b) => a - b);
    });

    const ea = (from: number[], tau: number, trips: number, limit = INF) =>
      earliestArrival(tt, inst, from, tau, trips, MIN_TRANSFER, limit, lists);

    function pick(r: () => number) {
      const a = stations[Math.floor(r() * stations.length)];
      let b = stations[Math.floor(r() * stations.length)];
      if (a === b) b = stations[(stations.indexOf(a) + 1) % stations.length];
      return { from: expandStops(tt, [a]), to: expandStops(tt, [b]), time: Math.floor(r() * 86_400) };
    }

    /** The reference's query (walks at both ends, no re-boarding where a journey began). */
    const query = (from: number[], to: number[]) =>
      referenceQuery(tt, from, to, MAX_TRANSFERS, MIN_TRANSFER, inst, lists);
    /** Every train leg a real trip instance, every change by the rules, walks at the ends, no loops. */
    const assertFeasible = (j: Journey, from: number[], to: number[]) =>
      feasible({ tt, from, to, maxTransfers: MAX_TRANSFERS, minTransfer: MIN_TRANSFER, r: Math.random }, j);

    it('depart-after: Pareto set, latest departures and journeys agree with the reference', () => {
      const r = lcg(name.length * 7919 + 1);
      for (let q = 0; q < (isBig ? 5 : 20); q++) {
        const { from, to, time } = pick(r);
        const t0 = localToUnix(date, time, tt.timezones[tt.stops.timezone[from[0]]]);
        const got = router.plan({
          from: from as StopIdx[],
          to: to as StopIdx[],
          date,
          time,
          minTransferSeconds: MIN_TRANSFER,
        });
        const R = query(from, to);
        const first = R.ea(t0, t0 + 86_400);
        const expected: string[] = [];
        for (let k = 1; k <= K; k++) {
          const A = R.best(first, k);
          if (A < R.best(first, k - 1)) expected.push(`${A}/${k - 1}`);
        }
        const label = `${tt.stops.id[from[0]]} -> ${tt.stops.id[to[0]]} ${date} +${time}s`;
        // The answers start within the 24 h; a journey past them is offered besides (never an answer).
        const answers = got.filter((j) => j.departure <= t0 + 86_400);
        expect(
          answers.map((j) => `${j.arrival}/${j.transfers}`),
          label,
        ).toEqual(expected);
        for (const j of got) {
          assertFeasible(j, from, to);
          expect(j.departure).toBeGreaterThanOrEqual(t0);
          const x = j.transfers + 1;
          const limit = j.departure <= t0 + 86_400 ? t0 + 86_400 : INF;
          expect(R.best(R.ea(j.departure + 1, limit, x), x), `${label}: later departure`).toBeGreaterThan(
            j.arrival,
          );
        }
      }
    });

    it('arrive-by: latest departures per number of transfers', () => {
      const r = lcg(name.length * 104729 + 3);
      for (let q = 0; q < (isBig ? 3 : 10); q++) {
        const { from, to, time } = pick(r);
        const T = localToUnix(date, time, tt.timezones[tt.stops.timezone[to[0]]]);
        const got = router.plan({
          from: from as StopIdx[],
          to: to as StopIdx[],
          date,
          time,
          arriveBy: true,
          minTransferSeconds: MIN_TRANSFER,
        });
        const label = `${tt.stops.id[from[0]]} -> ${tt.stops.id[to[0]]} by ${date} +${time}s`;
        // The search looks at last trains arriving within 24 h before T; a journey departing after
        // T - 24 h necessarily arrives in that window, so from there on nothing may be missed.
        const horizon = T - 86_400;
        const R = query(from, to);
        let latest = Number.NEGATIVE_INFINITY;
        for (const j of got.filter((x) => x.arrival >= horizon)) {
          assertFeasible(j, from, to);
          expect(j.arrival).toBeLessThanOrEqual(T);
          expect(j.departure, `${label}: departures increase with transfers`).toBeGreaterThan(latest);
          latest = j.departure;
          // The earliest arrival from its departure (that is within the 24 h); no later departure
          // (within the horizon) makes T.
          const x = j.transfers + 1;
          const earliest = R.best(R.ea(j.departure, INF, x), x);
          if (earliest >= horizon) expect(earliest, label).toBe(j.arrival);
          const after = Math.max(j.departure, horizon) + 1;
          expect(R.best(R.ea(after, INF, x), x), label).toBeGreaterThan(T);
        }
        for (const j of got.filter((x) => x.arrival < horizon)) assertFeasible(j, from, to);
        const after = Math.max(latest, horizon) + 1;
        expect(R.best(R.ea(after), K), `${label}: missing journey`).toBeGreaterThan(T);
      }
    });

    // The reference range search takes minutes on the two largest feeds: only the others run it.
    if (!isBig) {
      it('range: the Pareto set of a 3-hour window', () => {
        const r = lcg(name.length * 6007 + 11);
        const W = 3 * 3600;
        for (let q = 0; q < 8; q++) {
          const { from, to, time } = pick(r);
          const t0 = localToUnix(date, time, tt.timezones[tt.stops.timezone[from[0]]]);
          const R = query(from, to);
          // What leaves after the window, with no limit on its first train: no journey it beats is kept.
          const later = R.ea(t0 + W + 1);
          const all: [number, number, number][] = [];
          for (const tau of R.starts.filter((t) => t >= t0 && t <= t0 + W)) {
            const arr = R.ea(tau, t0 + W);
            for (let k = 1; k <= K; k++) {
              const A = R.best(arr, k);
              let beaten = false;
              for (let j = 1; j <= k; j++) beaten ||= R.best(later, j) <= A;
              if (A < INF && !beaten) all.push([tau, A, k - 1]);
            }
          }
          const beats = (y: number[], x: number[]) =>
            y[0] >= x[0] && y[1] <= x[1] && y[2] <= x[2] && (y[0] > x[0] || y[1] < x[1] || y[2] < x[2]);
          const pareto = all.filter(
            (x, i) => !all.some((y, j) => beats(y, x) || (j < i && `${y}` === `${x}`)),
          );
          const got = router.plan({
            from: from as StopIdx[],
            to: to as StopIdx[],
            date,
            time,
            windowSeconds: W,
            minTransferSeconds: MIN_TRANSFER,
          });
          for (const j of got) assertFeasible(j, from, to);
          const key = (x: number[]) => x.join('/');
          // The product's cost limit too (a change journey far slower than a direct train near it).
          expect(got.map((j) => key([j.departure, j.arrival, j.transfers])).sort()).toEqual(
            costLimited(pareto as [number, number, number][])
              .map(key)
              .sort(),
          );
        }
      });
    }

    it('one-to-all matches the reference earliest arrivals', () => {
      const r = lcg(name.length * 31 + 5);
      for (let q = 0; q < (isBig ? 2 : 5); q++) {
        const { from, time } = pick(r);
        const t0 = localToUnix(date, time, tt.timezones[tt.stops.timezone[from[0]]]);
        const res = router.oneToAll({
          from: from as StopIdx[],
          date,
          time,
          minTransferSeconds: MIN_TRANSFER,
        });
        const ref = ea(from, t0, K, t0 + 86_400);
        // Compared within 24 h of the departure, where the reference's service days surely suffice.
        const until = t0 + 86_400;
        for (let s = 0; s < tt.stops.count; s++) {
          if ((from as number[]).includes(s) || tt.stops.childStart[s + 1] > tt.stops.childStart[s]) continue;
          const want = ref[K][s] <= until ? ref[K][s] : Number.NaN;
          const got = res.arrival[s] <= until ? res.arrival[s] : Number.NaN;
          expect(got, tt.stops.id[s]).toBe(want);
        }
      }
    });

    it('one-to-all with a cutoff: connection scan and RAPTOR both match the reference', () => {
      const r = lcg(name.length * 53 + 11);
      const searches = (['csa', 'raptor'] as const).map(
        (oneToAll) => new Router(tt, { maxTransfersLimit: MAX_TRANSFERS, oneToAll }),
      );
      for (let q = 0; q < (isBig ? 1 : 4); q++) {
        const { from, time } = pick(r);
        const cutoff = (isBig ? 2 : [3, 8, 16, 24][q]) * 3600;
        const t0 = localToUnix(date, time, tt.timezones[tt.stops.timezone[from[0]]]);
        const ref = ea(from, t0, K, t0 + 86_400);
        for (const router of searches) {
          const res = router.oneToAll({
            from: from as StopIdx[],
            date,
            time,
            minTransferSeconds: MIN_TRANSFER,
            maxTravelSeconds: cutoff,
          });
          for (let s = 0; s < tt.stops.count; s++) {
            if ((from as number[]).includes(s) || tt.stops.childStart[s + 1] > tt.stops.childStart[s])
              continue;
            const want = ref[K][s] <= t0 + cutoff ? ref[K][s] : Number.NaN;
            expect(res.arrival[s], `${tt.stops.id[s]} cutoff ${cutoff}`).toBe(want);
          }
        }
      }
    });
  });
}
