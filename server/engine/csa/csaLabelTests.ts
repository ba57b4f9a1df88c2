/** The two label tests of the connection scan's loops (CsaSearch), as plain functions V8 inlines. */

/**
 * Whether a label may change at the connection at position y of a window's list (times count from
 * `off`): boarding may help where a label at the stop is ready and the trip instance is not ridden
 * with as few trips as that stop's labels allow; else, on a ridden trip, the arrival may (before
 * `bound`). `st` and its region offsets, `tripKeyBase` (its tripK offset plus the window's key base) and
 * `perStop`: see CsaSearch's layout table. A function of plain values so that V8 inlines it into the scan's loops.
 */
export function mayChange(
  data: Int32Array,
  y: number,
  off: number,
  st: Int32Array,
  tripKeyBase: number,
  firstKAt: number,
  arrBestAt: number,
  perStop: number,
  bound: number,
): boolean {
  const t = data[y] + off;
  const u = data[y + 1];
  const k = st[tripKeyBase + data[y + 2]];
  if (st[u] <= t && (k === 0 || k > st[firstKAt + u] + 1)) return true;
  if (k === 0) return false;
  const a = data[y + 3] + off;
  return a < bound && a < st[arrBestAt + data[y + 4] * perStop + k];
}

/**
 * The trips a trip instance ridden with `ridden` trips (0: not ridden) is ridden with once its
 * connection leaving stop u at scan time t has been looked at: fewer where a ready label at u lets
 * one board it with fewer (at most maxTrips in all), else `ridden`. `st`, `readyBest`, `firstKAt`, `perStop`: see
 * CsaSearch's layout table; `limit`: the first-train limit, the latest a train may be boarded at a source with no
 * trip before. A function of plain values so that V8 inlines it into the scan.
 */
export function tripsAfterBoarding(
  st: Int32Array,
  readyBest: Int32Array,
  firstKAt: number,
  perStop: number,
  maxTrips: number,
  limit: number,
  u: number,
  ridden: number,
  t: number,
): number {
  if (st[u] > t || (ridden !== 0 && ridden <= st[firstKAt + u] + 1)) return ridden;
  const base = u * perStop;
  // The fewest trips before this one: round 0 (the sources) only within the first-train limit.
  let kk = readyBest[base] <= t && t <= limit ? 0 : 1;
  if (kk === 1) while (kk < maxTrips && readyBest[base + kk] > t) kk++;
  return kk < maxTrips && (ridden === 0 || kk + 1 < ridden) ? kk + 1 : ridden;
}
