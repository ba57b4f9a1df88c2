import type { Timetable } from '../../timetable/Timetable.ts';
import { CAN_ALIGHT, CAN_BOARD, type RaptorIndex } from './RaptorIndex.ts';

/** The pattern part of a RaptorIndex (forward direction); see RaptorIndex for the layout. */
export type Patterns = Pick<
  RaptorIndex,
  | 'patternCount'
  | 'patStopStart'
  | 'patStops'
  | 'patFlags'
  | 'patTripStart'
  | 'patTrips'
  | 'patService'
  | 'patZone'
  | 'patTimeStart'
  | 'tArr'
  | 'tDep'
>;

/**
 * Groups trips into RAPTOR patterns: same stop sequence, same pickup/drop-off permissions, same
 * agency zone. Trips of a pattern are sorted by first departure; a trip that would overtake (or be
 * overtaken by) its predecessor at any stop goes to a split-off pattern, so each pattern is FIFO.
 * `zoneOfTrip[t]` is the zone slot of trip t. Trips with fewer than two stop times are left out.
 */
export function buildPatterns(tt: Timetable, zoneOfTrip: Int32Array): Patterns {
  const tr = tt.trips;
  const groups = new Map<string, number[]>();
  for (let t = 0; t < tr.count; t++) {
    const a = tr.stStart[t];
    const b = tr.stStart[t + 1];
    if (b - a < 2) continue;
    let key = `${zoneOfTrip[t]}`;
    for (let r = a; r < b; r++) key += `,${tr.stStop[r]}:${flagsOf(tt, r, r === a, r === b - 1)}`;
    const g = groups.get(key);
    if (g) g.push(t);
    else groups.set(key, [t]);
  }
  // Split every group into FIFO sub-patterns.
  const patterns: number[][] = [];
  for (const trips of groups.values()) {
    const n = tr.stStart[trips[0] + 1] - tr.stStart[trips[0]];
    trips.sort((x, y) => tr.stDeparture[tr.stStart[x]] - tr.stDeparture[tr.stStart[y]] || x - y);
    const subs: number[][] = [];
    for (const t of trips) {
      let placed = false;
      for (const sub of subs) {
        const last = sub[sub.length - 1];
        if (notBefore(tt, t, last, n)) {
          sub.push(t);
          placed = true;
          break;
        }
      }
      if (!placed) subs.push([t]);
    }
    patterns.push(...subs);
  }
  let stopTotal = 0;
  let timeTotal = 0;
  let tripTotal = 0;
  for (const p of patterns) {
    const n = tr.stStart[p[0] + 1] - tr.stStart[p[0]];
    stopTotal += n;
    tripTotal += p.length;
    timeTotal += n * p.length;
  }
  const P = patterns.length;
  const out: Patterns = {
    patternCount: P,
    patStopStart: new Int32Array(P + 1),
    patStops: new Int32Array(stopTotal),
    patFlags: new Uint8Array(stopTotal),
    patTripStart: new Int32Array(P + 1),
    patTrips: new Int32Array(tripTotal),
    patService: new Int32Array(tripTotal),
    patZone: new Int32Array(P),
    patTimeStart: new Int32Array(P),
    tArr: new Int32Array(timeTotal),
    tDep: new Int32Array(timeTotal),
  };
  let sp = 0;
  let tp = 0;
  let tm = 0;
  for (let p = 0; p < P; p++) {
    const trips = patterns[p];
    const first = tr.stStart[trips[0]];
    const n = tr.stStart[trips[0] + 1] - first;
    out.patStopStart[p] = sp;
    for (let i = 0; i < n; i++) {
      out.patStops[sp + i] = tr.stStop[first + i];
      out.patFlags[sp + i] = flagsOf(tt, first + i, i === 0, i === n - 1);
    }
    sp += n;
    out.patTripStart[p] = tp;
    out.patZone[p] = zoneOfTrip[trips[0]];
    out.patTimeStart[p] = tm;
    for (const t of trips) {
      out.patTrips[tp] = t;
      out.patService[tp] = tr.service[t];
      tp++;
      const a = tr.stStart[t];
      for (let i = 0; i < n; i++) {
        out.tArr[tm + i] = tr.stArrival[a + i];
        out.tDep[tm + i] = tr.stDeparture[a + i];
      }
      tm += n;
    }
  }
  out.patStopStart[P] = sp;
  out.patTripStart[P] = tp;
  return out;
}

/** Board/alight permission bits of one stop-time row; no boarding at the last stop, no alighting at the first. */
function flagsOf(tt: Timetable, row: number, first: boolean, last: boolean): number {
  let f = 0;
  if (!last && tt.trips.stPickup[row] !== 1) f |= CAN_BOARD;
  if (!first && tt.trips.stDropOff[row] !== 1) f |= CAN_ALIGHT;
  return f;
}

/** True when trip t runs at or after trip prev at every stop (so t may follow prev in a FIFO pattern). */
function notBefore(tt: Timetable, t: number, prev: number, n: number): boolean {
  const tr = tt.trips;
  const a = tr.stStart[t];
  const b = tr.stStart[prev];
  for (let i = 0; i < n; i++) {
    if (tr.stArrival[a + i] < tr.stArrival[b + i] || tr.stDeparture[a + i] < tr.stDeparture[b + i])
      return false;
  }
  return true;
}
