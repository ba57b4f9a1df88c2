import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandStops, type Journey, Router } from '../../server/engine/index.ts';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import type { StopIdx, Timetable } from '../../server/timetable/Timetable.ts';
import { dayNumber } from '../../server/timetable/time/dayNumber.ts';
import { localToUnix } from '../../server/timetable/time/localToUnix.ts';
import {
  departures,
  earliestArrival,
  type Instance,
  instances,
  type TripRule,
  transferLists,
  transferTime,
  tripRules,
} from '../engine/property/referenceSearch.ts';
import { realFeedPaths } from '../util/sharedData.ts';

/**
 * The engine on the real feeds of ../shared/gtfs (and the shipped corridor feeds): random depart-after
 * queries must give the reference search's Pareto set of (arrival, transfers), each journey with the
 * latest departure that still makes its arrival; arrive-by journeys must be the latest departures per
 * number of transfers; range queries (small feeds) must give the reference's Pareto set; one-to-all must match the reference's earliest arrivals; every journey must be
 * feasible. Seeded, so a failure reproduces.
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
    let rules: TripRule[];
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
      rules = tripRules(tt);
      const served = new Set<number>();
      for (const I of inst)
        for (const s of I.stops) served.add(tt.stops.parent[s] >= 0 ? tt.stops.parent[s] : s);
      stations = [...served].sort((a, b) => a - b);
    });

    const ea = (from: number[], tau: number, trips: number, limit = INF) =>
      earliestArrival(tt, inst, from, tau, trips, MIN_TRANSFER, limit, lists);
    const bestAt = (arr: number[][], to: number[], k: number) => Math.min(...to.map((s) => arr[k][s]));

    function pick(r: () => number) {
      const a = stations[Math.floor(r() * stations.length)];
      let b = stations[Math.floor(r() * stations.length)];
      if (a === b) b = stations[(stations.indexOf(a) + 1) % stations.length];
      return { from: expandStops(tt, [a]), to: expandStops(tt, [b]), time: Math.floor(r() * 86_400) };
    }

    function assertFeasible(j: Journey, from: number[], to: number[]) {
      let prev: { stop: number; time: number; trip: number } | null = null;
      let walk: { from: number; duration: number } | null = null;
      for (const leg of j.legs) {
        if (leg.type === 'walk') {
          walk = { from: leg.from.stop, duration: leg.duration };
          continue;
        }
        const I = inst.find((x) => x.trip === leg.trip && x.day === dayNumber(leg.serviceDate));
        expect(I, `instance of ${tt.trips.id[leg.trip]} on ${leg.serviceDate}`).toBeDefined();
        const a = I!.stops.findIndex(
          (s, i) => s === leg.from.stop && I!.dep[i] === leg.from.time && I!.board[i],
        );
        const b = I!.stops.findIndex(
          (s, i) => i > a && s === leg.to.stop && I!.arr[i] === leg.to.time && I!.alight[i],
        );
        expect(
          a >= 0 && b > a,
          `${tt.trips.id[leg.trip]} ${tt.stops.id[leg.from.stop]}->${tt.stops.id[leg.to.stop]}`,
        ).toBe(true);
        if (prev) {
          // The stop rules, or a trip-to-trip rule between exactly these two trips.
          const p = prev;
          const rule = rules.find(
            (r) =>
              r.fromTrip === p.trip &&
              r.toTrip === leg.trip &&
              r.fromStop === p.stop &&
              r.toStop === leg.from.stop,
          );
          const byStops = transferTime(tt, prev.stop, leg.from.stop, MIN_TRANSFER);
          expect(walk ? walk.from : leg.from.stop).toBe(prev.stop);
          if (walk) expect(walk.duration === byStops || walk.duration === rule?.time).toBe(true);
          const need = Math.min(byStops ?? INF, rule?.time ?? INF);
          expect(leg.from.time - prev.time).toBeGreaterThanOrEqual(need);
        } else expect(from).toContain(leg.from.stop);
        prev = { stop: leg.to.stop, time: leg.to.time, trip: leg.trip };
        walk = null;
      }
      expect(to).toContain(prev!.stop);
    }

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
        const first = ea(from, t0, K, t0 + 86_400);
        const expected: string[] = [];
        for (let k = 1; k <= K; k++) {
          const A = bestAt(first, to, k);
          if (A < bestAt(first, to, k - 1)) expected.push(`${A}/${k - 1}`);
        }
        const label = `${tt.stops.id[from[0]]} -> ${tt.stops.id[to[0]]} ${date} +${time}s`;
        expect(
          got.map((j) => `${j.arrival}/${j.transfers}`),
          label,
        ).toEqual(expected);
        for (const j of got) {
          assertFeasible(j, from, to);
          expect(j.departure).toBeGreaterThanOrEqual(t0);
          expect(
            bestAt(ea(from, j.departure + 1, j.transfers + 1), to, j.transfers + 1),
            `${label}: later departure`,
          ).toBeGreaterThan(j.arrival);
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
        let latest = Number.NEGATIVE_INFINITY;
        for (const j of got) {
          assertFeasible(j, from, to);
          expect(j.arrival).toBeLessThanOrEqual(T);
          expect(j.departure, `${label}: departures increase with transfers`).toBeGreaterThan(latest);
          latest = j.departure;
          // The earliest arrival from its departure; no later departure (within the horizon) makes T.
          expect(bestAt(ea(from, j.departure, j.transfers + 1), to, j.transfers + 1), label).toBe(j.arrival);
          const after = Math.max(j.departure, horizon) + 1;
          expect(bestAt(ea(from, after, j.transfers + 1), to, j.transfers + 1), label).toBeGreaterThan(T);
        }
        const after = Math.max(latest, horizon) + 1;
        expect(bestAt(ea(from, after, K), to, K), `${label}: missing journey`).toBeGreaterThan(T);
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
          const all: [number, number, number][] = [];
          for (const tau of departures(inst, from).filter((t) => t >= t0 && t <= t0 + W)) {
            const arr = ea(from, tau, K, t0 + W);
            for (let k = 1; k <= K; k++)
              if (bestAt(arr, to, k) < INF) all.push([tau, bestAt(arr, to, k), k - 1]);
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
          expect(got.map((j) => key([j.departure, j.arrival, j.transfers])).sort()).toEqual(
            pareto.map(key).sort(),
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
