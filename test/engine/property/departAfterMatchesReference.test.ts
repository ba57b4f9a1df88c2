import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Router } from '../../../server/engine/Router.ts';
import { fcSeed } from '../../util/fcSeed.ts';
import { assertFeasible, DAY, makeCase, QD, qd, RUNS, type Triple, triples } from './propertyCase.ts';
import { departures, earliestArrival, instances } from './referenceSearch.ts';

/**
 * Property: on random small timetables (propertyCase.ts) the engine's depart-after Pareto set equals
 * the reference search's (the first train within 24 h, then the latest departure reaching each
 * arrival), and every journey it returns is feasible.
 */
describe('engine depart-after equals the reference search on random timetables', () => {
  // Plain timetables too: there the tightening search is pruned by the first search's labels (the case
  // of a latest departure past the first train's 24 h, which these days rarely make, is A18's; so for
  // arrive-by, arriveByMatchesReference.test.ts).
  it.each([
    ['', false, 42],
    [' without through trains and trip-to-trip rules', true, 43],
  ] as const)(`depart-after%s (${RUNS} timetables)`, (_, plain, fcSeedDefault) => {
    const days = [QD, '2026-03-31', '2026-03-30'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const c = makeCase(seed, days, 0, 24 * 3600, plain);
        if (!c) return;
        const t0 = qd * DAY + 6 * 3600 + Math.floor(c.r() * 14 * 12) * 300;
        const inst = instances(c.tt, qd - 3, qd + 1);
        const K = c.maxTransfers + 1;
        // Memoised: the reference is asked about the same departures once per number of trips.
        const seen = new Map<number, number[][]>();
        const ea = (tau: number) => {
          const known = seen.get(tau);
          if (known) return known;
          const arr = earliestArrival(c.tt, inst, c.from, tau, K, c.minTransfer);
          seen.set(tau, arr);
          return arr;
        };
        const best = (arr: number[][], k: number) => Math.min(...c.to.map((s) => arr[k][s]));
        // The first train within 24 h, as the engine's depart-after; the tightened departure may be later.
        const first = earliestArrival(c.tt, inst, c.from, t0, K, c.minTransfer, t0 + DAY);
        const expected: Triple[] = [];
        const cands = departures(inst, c.from).filter((t) => t >= t0);
        for (let k = 1; k <= K; k++) {
          const A = best(first, k);
          if (A === Number.POSITIVE_INFINITY || A >= best(first, k - 1)) continue;
          const D = Math.max(...cands.filter((tau) => best(ea(tau), k) <= A));
          // Leaving at D may need fewer trips than the first search did (a direct train past its 24 h).
          const atD = ea(D);
          let j = 1;
          while (best(atD, j) > A) j++;
          expected.push([D, A, j - 1]);
        }
        // With fewer trips than rounds, two rounds' journeys may now beat one another: keep the Pareto set.
        const kept = expected.filter(
          (x) =>
            !expected.some((y) => y !== x && y[1] <= x[1] && y[2] <= x[2] && (y[1] < x[1] || y[2] < x[2])),
        );
        const got = new Router(c.tt).plan({
          from: c.from as never,
          to: c.to as never,
          date: QD,
          time: t0 - qd * DAY,
          maxTransfers: c.maxTransfers,
          minTransferSeconds: c.minTransfer,
        });
        expect(triples(got)).toEqual(kept.sort((a, b) => a[0] - b[0] || a[2] - b[2]));
        for (const j of got) assertFeasible(c, j);
      }),
      { numRuns: RUNS, seed: fcSeed(fcSeedDefault) },
    );
  });
});
