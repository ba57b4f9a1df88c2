import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Router } from '../../../server/engine/Router.ts';
import { fcSeed } from '../../util/fcSeed.ts';
import { DAY, makeCase, QD, qd, RUNS } from './propertyCase.ts';
import { earliestArrival, instances } from './referenceSearch.ts';

/**
 * Property: on random small timetables (propertyCase.ts) the engine's one-to-all earliest arrivals, by
 * RAPTOR and by connection scan, equal the reference search's at every stop, with and without a travel
 * time cutoff. The connection scan runs on timetables without through trains and trip-to-trip rows
 * (which it leaves to RAPTOR).
 */
describe('engine one-to-all equals the reference search on random timetables', () => {
  it.each([
    ['RAPTOR', 'raptor', false, 5],
    ['connection scan', 'csa', true, 6],
  ] as const)(`one-to-all by %s (${RUNS} timetables)`, (_, search, plain, seed) => {
    const days = [QD, '2026-03-31', '2026-03-30'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const c = makeCase(seed, days, 0, 24 * 3600, plain);
        if (!c) return;
        const t0 = qd * DAY + 6 * 3600 + Math.floor(c.r() * 14 * 12) * 300;
        const inst = instances(c.tt, qd - 3, qd + 1);
        const K = c.maxTransfers + 1;
        const ref = earliestArrival(c.tt, inst, c.from, t0, K, c.minTransfer, t0 + DAY);
        const query = {
          from: c.from as never,
          date: QD,
          time: t0 - qd * DAY,
          maxTransfers: c.maxTransfers,
          minTransferSeconds: c.minTransfer,
        };
        // One router for both queries: the second also checks that nothing of the first query's state
        // leaks into the next one.
        const router = new Router(c.tt, { oneToAll: search });
        const got = router.oneToAll(query);
        // Differences are collected and compared once (an expect per stop costs more than the search).
        const wrong: string[] = [];
        for (let s = 0; s < c.tt.stops.count; s++) {
          if (
            c.from.includes(s) ||
            (c.tt.stops.parent[s] < 0 && c.tt.stops.childStart[s + 1] > c.tt.stops.childStart[s])
          )
            continue;
          const want = ref[K][s] === Number.POSITIVE_INFINITY ? Number.NaN : ref[K][s];
          if (!Object.is(got.arrival[s], want))
            wrong.push(`${c.tt.stops.id[s]}: ${got.arrival[s]}, want ${want}`);
        }
        expect(wrong).toEqual([]);
        // With a cutoff: the same answer where it arrives within the cutoff, unreachable elsewhere.
        const cutoff = Math.floor(c.r() * 8 * 3600);
        const capped = router.oneToAll({ ...query, maxTravelSeconds: cutoff });
        for (let s = 0; s < c.tt.stops.count; s++) {
          const within = got.arrival[s] <= t0 + cutoff;
          const arrival = within ? got.arrival[s] : Number.NaN;
          const transfers = within ? got.transfers[s] : -1;
          if (!Object.is(capped.arrival[s], arrival) || !Object.is(capped.transfers[s], transfers))
            wrong.push(
              `${c.tt.stops.id[s]} cutoff ${cutoff}: ${capped.arrival[s]}/${capped.transfers[s]}, want ${arrival}/${transfers}`,
            );
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: RUNS, seed: fcSeed(seed) },
    );
  });
});
