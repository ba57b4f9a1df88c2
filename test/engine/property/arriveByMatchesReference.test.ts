import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Router } from '../../../server/engine/Router.ts';
import { dayNumber } from '../../../server/timetable/time/dayNumber.ts';
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
 * Property: on random small timetables (propertyCase.ts) the engine's arrive-by Pareto set equals the
 * reference search's (per number of trips, the latest start arriving by the given time, walks at both
 * ends included), and every
 * journey it returns is feasible.
 */
describe('engine arrive-by equals the reference search on random timetables', () => {
  it.each([
    ['', false, 7],
    [' without through trains and trip-to-trip rules', true, 8],
  ] as const)(`arrive-by%s (${RUNS} timetables)`, (_, plain, fcSeedDefault) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const c = makeCase(seed, [QD], 6 * 3600, 20 * 3600, plain);
        if (!c) return;
        const T = qd * DAY + 12 * 3600 + Math.floor(c.r() * 18 * 12) * 300;
        const inst = instances(c.tt, qd - 1, qd + 1);
        const { K, ea, best, starts } = caseQuery(c, inst);
        const cands = starts.filter((t) => t <= T);
        const expected: Triple[] = [];
        let prevD = Number.NEGATIVE_INFINITY;
        for (let k = 1; k <= K; k++) {
          const ok = cands.filter((tau) => best(ea(tau), k) <= T);
          if (ok.length === 0) continue;
          const D = Math.max(...ok);
          if (D <= prevD) continue;
          prevD = D;
          expected.push([D, best(ea(D), k), k - 1]);
        }
        // The answers' last trains arrive within the 24 h before T; these windows rarely reach past them.
        if (expected.some((x) => x[1] < T - DAY)) return;
        const date = new Date(T * 1000).toISOString().slice(0, 10);
        const got = new Router(c.tt).plan({
          from: c.from as never,
          to: c.to as never,
          date,
          time: T - dayNumber(date) * DAY,
          arriveBy: true,
          maxTransfers: c.maxTransfers,
          minTransferSeconds: c.minTransfer,
        });
        expect(triples(got)).toEqual(costLimited(expected).sort((a, b) => a[0] - b[0] || a[2] - b[2]));
        for (const j of got) assertFeasible(c, j);
      }),
      { numRuns: RUNS, seed: fcSeed(fcSeedDefault) },
    );
  });
});
