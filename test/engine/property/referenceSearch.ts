import type { Timetable } from '../../../server/engine/model/Timetable.ts';

/**
 * A deliberately simple reference for the property test: every trip instance spelled out, then
 * Bellman-Ford over (stop, number of trips) labels. Only for UTC fixtures (service day d starts at
 * d * 86 400 Unix seconds). Slow and obvious on purpose; shares no code with the engine.
 */
export interface Instance {
  trip: number;
  stops: number[];
  arr: number[];
  dep: number[];
  board: boolean[];
  alight: boolean[];
}

/** All trip instances running on service days [firstDay, lastDay] (DayNumbers). */
export function instances(tt: Timetable, firstDay: number, lastDay: number): Instance[] {
  const out: Instance[] = [];
  const tr = tt.trips;
  const sv = tt.services;
  for (let t = 0; t < tr.count; t++) {
    for (let d = firstDay; d <= lastDay; d++) {
      const col = d - sv.firstDay;
      if (col < 0 || col >= sv.dayCount || sv.active[tr.service[t] * sv.dayCount + col] !== 1) continue;
      const rows = [];
      for (let r = tr.stStart[t]; r < tr.stStart[t + 1]; r++) rows.push(r);
      out.push({
        trip: t,
        stops: rows.map((r) => tr.stStop[r]),
        arr: rows.map((r) => d * 86_400 + tr.stArrival[r]),
        dep: rows.map((r) => d * 86_400 + tr.stDeparture[r]),
        board: rows.map((r, i) => i < rows.length - 1 && tr.stPickup[r] !== 1),
        alight: rows.map((r, i) => i > 0 && tr.stDropOff[r] !== 1),
      });
    }
  }
  return out;
}

/** Transfer time from arriving at a to boarding at b, seconds; null when not possible. */
export function transferTime(tt: Timetable, a: number, b: number, minTransfer: number): number | null {
  for (let i = tt.transfers.count - 1; i >= 0; i--) {
    if (tt.transfers.fromStop[i] !== a || tt.transfers.toStop[i] !== b) continue;
    const type = tt.transfers.type[i];
    if (type === 3) return null;
    if (type === 1) return 0;
    if (type === 2 && tt.transfers.minTime[i] >= 0) return tt.transfers.minTime[i];
    return minTransfer;
  }
  if (a === b) return minTransfer;
  const pa = tt.stops.parent[a];
  return pa >= 0 && pa === tt.stops.parent[b] ? minTransfer : null;
}

/**
 * Earliest arrival at every stop with at most k trips (k = 0..maxTrips), leaving the sources at tau;
 * trips of round 1 must depart no later than `limit`. Result[k][stop], Infinity when unreached.
 */
export function earliestArrival(
  tt: Timetable,
  inst: Instance[],
  sources: number[],
  tau: number,
  maxTrips: number,
  minTransfer: number,
  limit = Number.POSITIVE_INFINITY,
): number[][] {
  const n = tt.stops.count;
  const arr: number[][] = [new Array(n).fill(Number.POSITIVE_INFINITY)];
  let ready = new Array(n).fill(Number.POSITIVE_INFINITY);
  for (const s of sources) ready[s] = tau;
  for (let k = 1; k <= maxTrips; k++) {
    const next = [...arr[k - 1]];
    for (const I of inst) {
      let on = false;
      for (let i = 0; i < I.stops.length; i++) {
        if (on && I.alight[i]) next[I.stops[i]] = Math.min(next[I.stops[i]], I.arr[i]);
        if (!on && I.board[i] && ready[I.stops[i]] <= I.dep[i] && (k > 1 || I.dep[i] <= limit)) on = true;
      }
    }
    arr.push(next);
    // The origin serves the first trip only (it must leave within `limit`); later trips start from arrivals.
    const r2 = k === 1 ? new Array(n).fill(Number.POSITIVE_INFINITY) : [...ready];
    for (let a = 0; a < n; a++) {
      if (next[a] === Number.POSITIVE_INFINITY) continue;
      for (let b = 0; b < n; b++) {
        const d = transferTime(tt, a, b, minTransfer);
        if (d !== null) r2[b] = Math.min(r2[b], next[a] + d);
      }
    }
    ready = r2;
  }
  return arr;
}

/** Departure times of instances boardable at the given stops, ascending, distinct. */
export function departures(inst: Instance[], stops: number[]): number[] {
  const set = new Set<number>();
  for (const I of inst) {
    for (let i = 0; i < I.stops.length; i++) if (I.board[i] && stops.includes(I.stops[i])) set.add(I.dep[i]);
  }
  return [...set].sort((a, b) => a - b);
}
