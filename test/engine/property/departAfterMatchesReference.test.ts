import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Router } from '../../../server/engine/Router.ts';
import { fcSeed } from '../../util/fcSeed.ts';
import {
  assertFeasible,
  caseQuery,
  costLimited,
  DAY,
  makeCase,
  QD,
  qd,
  RUNS,
  type Triple,
  triples,
} from './propertyCase.ts';
import { instances } from './referenceSearch.ts';

/**
 * Property: on random small timetables (propertyCase.ts) the engine's depart-after answers equal the
 * reference search's (the first train within 24 h, then the latest start within the 24 h reaching each
 * arrival, walks at both ends included), the journeys it offers past the 24 h are no worse than an
 * answer and the latest that are, and every journey it returns is feasible.
 */
describe('engine depart-after equals the reference search on random timetables', () => {
  // Plain timetables too: there the tightening search is pruned by the first search's labels (the case
  // of a latest departure past the first train's 24 h, which these days rarely make, is A18's; so for
  // arrive-by, arriveByMatchesReference.test.ts).
  // And a week of sparse service, where the latest start often lies past the 24 h (the Caltrain case):
  // trips run on the query day and three and five days later, so answers wait days for a connection.
  const week = [QD, '2026-04-04', '2026-04-06'];
  it.each([
    ['', false, 42, [QD, '2026-03-31', '2026-03-30'], 1],
    [' without through trains and trip-to-trip rules', true, 43, [QD, '2026-03-31', '2026-03-30'], 1],
    [' on sparse days past the 24 h', false, 44, week, 6],
  ] as const)(`depart-after%s (${RUNS} timetables)`, (_, plain, fcSeedDefault, days, lastDay) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const c = makeCase(seed, [...days], 0, 24 * 3600, plain);
        if (!c) return;
        const t0 = qd * DAY + 6 * 3600 + Math.floor(c.r() * 14 * 12) * 300;
        const inst = instances(c.tt, qd - 3, qd + lastDay);
        const { K, ea, best, starts } = caseQuery(c, inst);
        // The first train within 24 h, as the engine's depart-after; the tightened departure too.
        const first = ea(t0, t0 + DAY);
        const expected: Triple[] = [];
        const cands = starts.filter((t) => t >= t0 && t <= t0 + DAY);
        for (let k = 1; k <= K; k++) {
          const A = best(first, k);
          if (A === Number.POSITIVE_INFINITY || A >= best(first, k - 1)) continue;
          // Starts within the 24 h, and so their first trains (each that much later at a walk's end).
          const D = Math.max(...cands.filter((tau) => best(ea(tau, t0 + DAY), k) <= A));
          // Leaving at D may need fewer trips than the first search did.
          const atD = ea(D, t0 + DAY);
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
        const honest = got.filter((j) => j.departure <= t0 + DAY);
        expect(triples(honest)).toEqual(costLimited(kept).sort((a, b) => a[0] - b[0] || a[2] - b[2]));
        // Past the 24 h: as few trains as an answer, no later than it, and no later start does as well.
        for (const b of got.filter((j) => j.departure > t0 + DAY)) {
          expect(kept.some((h) => h[1] >= b.arrival && h[2] >= b.transfers)).toBe(true);
          const later = starts.filter(
            (tau) => tau > b.departure && best(ea(tau), b.transfers + 1) <= b.arrival,
          );
          expect(later).toEqual([]);
        }
        for (const j of got) assertFeasible(c, j);
      }),
      { numRuns: RUNS, seed: fcSeed(fcSeedDefault) },
    );
  });
});
