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
 * Property: on random small timetables (propertyCase.ts) the engine's range query (every departure in
 * a window) returns the reference search's Pareto set over departure, arrival and transfers (walks at both ends
 * included; none that a departure after the window beats with no more changes), and every
 * journey it returns is feasible.
 */
describe('engine range query equals the reference search on random timetables', () => {
  it(`range (${RUNS} timetables)`, () => {
    const days = [QD, '2026-03-31'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const c = makeCase(seed, days, 0, 24 * 3600);
        if (!c) return;
        const t0 = qd * DAY + Math.floor(c.r() * 20 * 12) * 300;
        const W = (1 + Math.floor(c.r() * 8)) * 1800;
        const inst = instances(c.tt, qd - 3, qd + 1);
        const { K, ea, best, starts } = caseQuery(c, inst);
        // What leaves after the window, with no limit on its first train: no journey it beats is kept.
        const after = ea(t0 + W + 1);
        const all: Triple[] = [];
        for (const tau of starts.filter((t) => t >= t0 && t <= t0 + W)) {
          const arr = ea(tau, t0 + W);
          for (let k = 1; k <= K; k++) {
            const A = best(arr, k);
            let beaten = false;
            for (let j = 1; j <= k; j++) beaten ||= best(after, j) <= A;
            if (A < Number.POSITIVE_INFINITY && !beaten) all.push([tau, A, k - 1]);
          }
        }
        const pareto = all.filter(
          (x, i) =>
            !all.some(
              (y, j) =>
                (y[0] >= x[0] &&
                  y[1] <= x[1] &&
                  y[2] <= x[2] &&
                  (y[0] > x[0] || y[1] < x[1] || y[2] < x[2])) ||
                (j < i && y[0] === x[0] && y[1] === x[1] && y[2] === x[2]),
            ),
        );
        const got = new Router(c.tt).plan({
          from: c.from as never,
          to: c.to as never,
          date: QD,
          time: t0 - qd * DAY,
          windowSeconds: W,
          maxTransfers: c.maxTransfers,
          minTransferSeconds: c.minTransfer,
        });
        expect(triples(got)).toEqual(costLimited(pareto).sort((a, b) => a[0] - b[0] || a[2] - b[2]));
        for (const j of got) assertFeasible(c, j);
      }),
      { numRuns: RUNS, seed: fcSeed(99) },
    );
  });
});
