import type { Timetable } from '../../timetable/Timetable.ts';
import { WALKS, type WalkSettings, walksNearby } from './walksNearby.ts';

/**
 * Stop-to-stop transfer rules in forward direction; durations in seconds. `dur` -1 means "the query's
 * minTransfer, or the walk `walk` when that is longer" (a generated walk, or 0 for platforms of one
 * station and transfers.txt rows without a time).
 */
export interface TransferRules {
  /** Per stop: -1 = the query's minTransferSeconds, -2 = forbidden (type 3), else seconds. */
  selfTransfer: Int32Array;
  /** Footpaths between different stops, as parallel lists. */
  from: number[];
  to: number[];
  dur: number[];
  /** Walking seconds of each footpath when it is a generated walk (see walksNearby), else 0. */
  walk: number[];
}

const FORBIDDEN = -2;
const DEFAULT = -1;

/**
 * Derives the transfer rules RAPTOR needs from stations and transfers.txt:
 * - platforms of one parent station are connected both ways with the query's minTransfer (-1);
 * - transfers.txt stop-to-stop rows override that for their ordered pair (station ids stand for all
 *   their platforms; platform rows win over station rows): type 0 keeps the default, type 1 (timed) and
 *   the in-seat types 4/5 take 0 s, type 2 takes `min_transfer_time` (the default when absent),
 *   type 3 forbids the transfer. Between different stops a rule is a walk of that duration.
 * - stops of different stations within `walks.radiusMetres` of each other that no transfers.txt row
 *   names get a generated walk (walksNearby): the query's minTransfer, or the walk when longer.
 * Walks are single hops (not chained).
 */
export function buildTransferRules(tt: Timetable, walks: WalkSettings = WALKS): TransferRules {
  const st = tt.stops;
  const n = st.count;
  const pair = new Map<number, number>();
  for (let s = 0; s < n; s++) {
    const a = st.childStart[s];
    const b = st.childStart[s + 1];
    for (let i = a; i < b; i++) {
      for (let j = a; j < b; j++) {
        if (i !== j) pair.set(st.childIdx[i] * n + st.childIdx[j], DEFAULT);
      }
    }
  }
  const x = tt.transfers;
  const expand = (s: number): number[] => {
    const a = st.childStart[s];
    const b = st.childStart[s + 1];
    return b > a ? Array.from(st.childIdx.subarray(a, b)) : [s];
  };
  const isStation = (s: number) => st.childStart[s + 1] > st.childStart[s];
  const rows = Array.from({ length: x.count }, (_, i) => i);
  // Station-level rows first so that platform-level rows override them.
  rows.sort(
    (i, j) =>
      Number(isStation(x.fromStop[j]) || isStation(x.toStop[j])) -
      Number(isStation(x.fromStop[i]) || isStation(x.toStop[i])),
  );
  for (const r of rows) {
    const type = x.type[r];
    const value =
      type === 3
        ? FORBIDDEN
        : type === 1 || type === 4 || type === 5
          ? 0
          : type === 2 && x.minTime[r] >= 0
            ? x.minTime[r]
            : DEFAULT;
    for (const a of expand(x.fromStop[r])) for (const b of expand(x.toStop[r])) pair.set(a * n + b, value);
  }
  const selfTransfer = new Int32Array(n).fill(DEFAULT);
  const out: TransferRules = { selfTransfer, from: [], to: [], dur: [], walk: [] };
  for (const [key, value] of pair) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    if (a === b) selfTransfer[a] = value;
    else if (value !== FORBIDDEN) {
      out.from.push(a);
      out.to.push(b);
      out.dur.push(value);
      out.walk.push(0);
    }
  }
  walksNearby(tt, walks, (a, b, seconds) => {
    if (pair.has(a * n + b)) return;
    out.from.push(a);
    out.to.push(b);
    out.dur.push(DEFAULT);
    out.walk.push(seconds);
  });
  return out;
}
