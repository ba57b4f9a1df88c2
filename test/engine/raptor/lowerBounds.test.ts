import { describe, expect, it } from 'vitest';
import { buildRaptorData } from '../../../server/engine/raptor/buildRaptorData.ts';
import { dijkstraBounds, lowerBounds } from '../../../server/engine/raptor/lowerBounds.ts';
import type { RaptorIndex } from '../../../server/engine/raptor/RaptorIndex.ts';
import { randomTimetable, rng } from '../property/randomTimetable.ts';
import { buildTimetable } from '../util/buildTimetable.ts';

const FAR = 0x3fffffff;

/** Bellman-Ford over the lower-bound graph: the plainest statement of what the bounds are. */
function bellmanFord(idx: RaptorIndex, targets: number[]): number[] {
  const d = new Array<number>(idx.stopCount).fill(FAR);
  for (const t of targets) d[t] = 0;
  for (let round = 0; round < idx.stopCount; round++) {
    for (let v = 0; v < idx.stopCount; v++) {
      for (let e = idx.lbStart[v]; e < idx.lbStart[v + 1]; e++) {
        const u = idx.lbFrom[e];
        if (d[v] + idx.lbWeight[e] < d[u]) d[u] = d[v] + idx.lbWeight[e];
      }
    }
  }
  return d;
}

describe('lower bounds', () => {
  it('the precomputed table and the per-query Dijkstra both equal Bellman-Ford, for 1-3 targets', () => {
    let checked = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const tt = buildTimetable(randomTimetable(seed, ['2026-04-01'], 6 * 3600, 20 * 3600));
      const data = buildRaptorData(tt);
      const r = rng(seed);
      for (const idx of [data.forward, data.reverse]) {
        const n = idx.stopCount;
        expect(idx.lbTable.length).toBe(n * n);
        const targets = Array.from({ length: 1 + Math.floor(r() * 3) }, () => Math.floor(r() * n));
        const want = bellmanFord(idx, targets);
        const fromTable = new Int32Array(n);
        lowerBounds(idx, targets, fromTable, new Int32Array(n), new Int32Array(n));
        const fromDijkstra = new Int32Array(n);
        dijkstraBounds(idx, targets, fromDijkstra, new Int32Array(n), new Int32Array(n));
        expect(Array.from(fromTable), `seed ${seed}`).toEqual(want);
        expect(Array.from(fromDijkstra), `seed ${seed}`).toEqual(want);
        checked++;
      }
    }
    expect(checked).toBe(300);
  });

  it('are all 0 without targets', () => {
    const tt = buildTimetable(randomTimetable(7, ['2026-04-01'], 6 * 3600, 20 * 3600));
    const idx = buildRaptorData(tt).forward;
    const out = new Int32Array(idx.stopCount).fill(5);
    lowerBounds(idx, [], out, new Int32Array(idx.stopCount), new Int32Array(idx.stopCount));
    expect(Array.from(out).every((x) => x === 0)).toBe(true);
  });
});
