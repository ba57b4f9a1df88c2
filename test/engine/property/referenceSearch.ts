import { DateTime } from 'luxon';
import type { Timetable } from '../../../server/timetable/Timetable.ts';

/**
 * A deliberately simple reference for the property and real-feed tests: every trip instance spelled
 * out with absolute times, then Bellman-Ford over (stop, number of trips) labels. Slow and obvious on
 * purpose; shares no code with the engine.
 */
export interface Instance {
  trip: number;
  /** DayNumber of the service day. */
  day: number;
  stops: number[];
  /** Unix seconds. */
  arr: number[];
  dep: number[];
  board: boolean[];
  alight: boolean[];
}

/** Unix seconds of "noon minus 12 h" of a DayNumber in a zone (as GTFS defines stop times). */
export function serviceDayStart(zone: string, day: number): number {
  const d = DateTime.fromSeconds(day * 86_400, { zone: 'UTC' });
  return (
    DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: 12 }, { zone }).toSeconds() - 43_200
  );
}

/** The zone a trip's times count in (its agency's), as the reference sees it. */
export function tripZoneOf(tt: Timetable, t: number): string {
  return tt.agencies[tt.routes[tt.trips.route[t]].agency]?.timezone ?? 'UTC';
}

/** All trip instances running on service days [firstDay, lastDay] (DayNumbers). */
export function instances(tt: Timetable, firstDay: number, lastDay: number): Instance[] {
  const out: Instance[] = [];
  const tr = tt.trips;
  const sv = tt.services;
  const starts = new Map<string, number>();
  for (let t = 0; t < tr.count; t++) {
    const zone = tripZoneOf(tt, t);
    for (let d = firstDay; d <= lastDay; d++) {
      const col = d - sv.firstDay;
      if (col < 0 || col >= sv.dayCount || sv.active[tr.service[t] * sv.dayCount + col] !== 1) continue;
      const key = `${zone} ${d}`;
      if (!starts.has(key)) starts.set(key, serviceDayStart(zone, d));
      const base = starts.get(key)!;
      const rows = [];
      for (let r = tr.stStart[t]; r < tr.stStart[t + 1]; r++) rows.push(r);
      out.push({
        trip: t,
        day: d,
        stops: rows.map((r) => tr.stStop[r]),
        arr: rows.map((r) => base + tr.stArrival[r]),
        dep: rows.map((r) => base + tr.stDeparture[r]),
        board: rows.map((r, i) => i < rows.length - 1 && tr.stPickup[r] !== 1),
        alight: rows.map((r, i) => i > 0 && tr.stDropOff[r] !== 1),
      });
    }
  }
  return out;
}

/**
 * The transfers.txt row that rules the move from a to b, or -1: a row naming both platforms wins over
 * one naming a station (which stands for its platforms); among equals the last row wins.
 */
export function ruleRow(tt: Timetable, a: number, b: number): number {
  const x = tt.transfers;
  const st = tt.stops;
  const hasChildren = (s: number) => st.childStart[s + 1] > st.childStart[s];
  const covers = (rowStop: number, s: number) =>
    rowStop === s || (hasChildren(rowStop) && st.parent[s] === rowStop);
  let best = -1;
  let bestExact = false;
  for (let i = 0; i < x.count; i++) {
    if (!covers(x.fromStop[i], a) || !covers(x.toStop[i], b)) continue;
    const exact = !hasChildren(x.fromStop[i]) && !hasChildren(x.toStop[i]);
    if (exact || !bestExact) {
      best = i;
      bestExact = exact;
    }
  }
  return best;
}

/** Whether a and b are platforms of one station. */
function siblings(tt: Timetable, a: number, b: number): boolean {
  const pa = tt.stops.parent[a];
  return pa >= 0 && pa === tt.stops.parent[b];
}

const servedBy = new WeakMap<Timetable, Set<number>>();
/** The stops trips call at. */
function served(tt: Timetable): Set<number> {
  let s = servedBy.get(tt);
  if (!s) {
    s = new Set(tt.trips.stStop);
    servedBy.set(tt, s);
  }
  return s;
}

/**
 * A walk between stops of different stations within 400 m, trains calling at one at least (the other a
 * stop, location_type 0, or called at): the straight line
 * × 1.3 at 4.5 km/h, in whole seconds rounded up; null otherwise. (Spherical law of cosines, not the
 * engine's haversine: the same distance to well under a centimetre here.)
 */
export function nearbyWalk(tt: Timetable, a: number, b: number): number | null {
  const st = tt.stops;
  const walkable = (s: number) => served(tt).has(s) || st.locationType[s] === 0;
  if (a === b || siblings(tt, a, b) || !walkable(a) || !walkable(b)) return null;
  if (!served(tt).has(a) && !served(tt).has(b)) return null;
  const stationOf = (s: number) => (st.parent[s] >= 0 ? st.parent[s] : s);
  if (stationOf(a) === stationOf(b)) return null;
  const R = Math.PI / 180;
  const [la, lb, dl] = [st.lat[a] * R, st.lat[b] * R, (st.lon[b] - st.lon[a]) * R];
  if (![la, lb, dl].every(Number.isFinite)) return null;
  const c = Math.sin(la) * Math.sin(lb) + Math.cos(la) * Math.cos(lb) * Math.cos(dl);
  const d = 6_371_008.8 * Math.acos(Math.min(1, Math.max(-1, c)));
  return d <= 400 ? Math.ceil((d * 1.3) / (4.5 / 3.6)) : null;
}

/**
 * Transfer time from arriving at a to boarding at b, seconds; null when not possible. A transfers.txt
 * row rules (ruleRow). Without a row: minTransfer at one stop or between platforms of a station; the
 * longer of minTransfer and the walk between stops of different stations within 400 m (nearbyWalk).
 */
export function transferTime(tt: Timetable, a: number, b: number, minTransfer: number): number | null {
  const x = tt.transfers;
  const best = ruleRow(tt, a, b);
  if (best >= 0) {
    const type = x.type[best];
    if (type === 3) return null;
    if (type === 1 || type === 4 || type === 5) return 0;
    if (type === 2 && x.minTime[best] >= 0) return x.minTime[best];
    return minTransfer;
  }
  if (a === b || siblings(tt, a, b)) return minTransfer;
  const w = nearbyWalk(tt, a, b);
  return w === null ? null : Math.max(w, minTransfer);
}

/**
 * The walk from a to b at an end of a journey (issue 17: walks at both ends), seconds; null when there
 * is none. A transfers.txt row's own time (0 for types 1, 4, 5), else 0 between platforms of one station
 * and minTransfer between stations; without a row 0 between platforms of one station, the walk within
 * 400 m (nearbyWalk).
 */
export function endWalk(tt: Timetable, a: number, b: number, minTransfer: number): number | null {
  if (a === b) return 0;
  const x = tt.transfers;
  const row = ruleRow(tt, a, b);
  if (row >= 0) {
    const type = x.type[row];
    if (type === 3) return null;
    if (type === 1 || type === 4 || type === 5) return 0;
    if (type === 2 && x.minTime[row] >= 0) return x.minTime[row];
    return siblings(tt, a, b) ? 0 : minTransfer;
  }
  if (siblings(tt, a, b)) return 0;
  return nearbyWalk(tt, a, b);
}

/**
 * One end of a query for the reference: the stops a journey may start (end) at with the walk from
 * (to) the place asked for, `given` being its own stops; and the stops of the stations involved.
 */
export function referenceEnd(
  tt: Timetable,
  given: number[],
  side: 'origin' | 'destination',
  minTransfer: number,
): { offset: Map<number, number>; own: number[]; walked: number[] } {
  const offset = new Map<number, number>();
  for (const s of given) offset.set(s, 0);
  for (const b of given) {
    for (let x = 0; x < tt.stops.count; x++) {
      if (given.includes(x) || tt.stops.locationType[x] !== 0) continue;
      const w = side === 'origin' ? endWalk(tt, b, x, minTransfer) : endWalk(tt, x, b, minTransfer);
      if (w !== null && w < (offset.get(x) ?? Number.POSITIVE_INFINITY)) offset.set(x, w);
    }
  }
  const stationStops = (s: number) => {
    const p = tt.stops.parent[s] >= 0 ? tt.stops.parent[s] : s;
    const out = [p];
    for (let x = 0; x < tt.stops.count; x++) if (tt.stops.parent[x] === p) out.push(x);
    return out;
  };
  const own = [...new Set(given.flatMap(stationStops))];
  const walked = [...new Set([...offset.keys()].flatMap(stationStops))].filter((s) => !own.includes(s));
  return { offset, own, walked };
}

/** For every stop, the stops one can board at after arriving there, with the transfer time. */
export function transferLists(tt: Timetable, minTransfer: number): [number, number][][] {
  const st = tt.stops;
  const n = st.count;
  const related: Set<number>[] = Array.from({ length: n }, (_, a) => new Set([a]));
  for (let a = 0; a < n; a++) {
    const p = st.parent[a];
    if (p >= 0) for (let c = st.childStart[p]; c < st.childStart[p + 1]; c++) related[a].add(st.childIdx[c]);
  }
  const expand = (s: number) =>
    st.childStart[s + 1] > st.childStart[s]
      ? Array.from(st.childIdx.subarray(st.childStart[s], st.childStart[s + 1]))
      : [s];
  for (let i = 0; i < tt.transfers.count; i++) {
    for (const a of expand(tt.transfers.fromStop[i]))
      for (const b of expand(tt.transfers.toStop[i])) related[a].add(b);
  }
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) if (nearbyWalk(tt, a, b) !== null) related[a].add(b);
  return related.map((bs, a) => {
    const out: [number, number][] = [];
    for (const b of bs) {
      const d = transferTime(tt, a, b, minTransfer);
      if (d !== null) out.push([b, d]);
    }
    return out;
  });
}

/** A usable trip-to-trip transfers.txt row: leave `fromTrip` at `fromStop`, board `toTrip` at `toStop`. */
export interface TripRule {
  fromTrip: number;
  fromStop: number;
  toTrip: number;
  toStop: number;
  /** Seconds. */
  time: number;
}

/** The trip-to-trip rows that allow a connection (types 1, 4, 5: 0 s; type 2: its minimum time). */
export function tripRules(tt: Timetable): TripRule[] {
  return tt.transfers.special
    .filter((r) => r.fromTrip >= 0 && r.toTrip >= 0 && r.fromStop >= 0 && r.toStop >= 0)
    .filter((r) => r.type === 1 || r.type === 4 || r.type === 5 || (r.type === 2 && r.minTime >= 0))
    .map((r) => ({
      fromTrip: r.fromTrip,
      fromStop: r.fromStop,
      toTrip: r.toTrip,
      toStop: r.toStop,
      time: r.type === 2 ? r.minTime : 0,
    }));
}

/**
 * Earliest arrival at every stop with at most k trips (k = 0..maxTrips), leaving the sources at tau
 * (or at `opts.sourceTimes`, aligned with them: a walk to each); trips of round 1 must depart no later
 * than `limit` (that much later at a source reached later). After the first trip no trip is boarded
 * at `opts.noBoard`. Result[k][stop], Infinity when unreached.
 */
export function earliestArrival(
  tt: Timetable,
  inst: Instance[],
  sources: number[],
  tau: number,
  maxTrips: number,
  minTransfer: number,
  limit = Number.POSITIVE_INFINITY,
  lists = transferLists(tt, minTransfer),
  opts: { sourceTimes?: number[]; noBoard?: Set<number> } = {},
): number[][] {
  const n = tt.stops.count;
  const arr: number[][] = [new Array(n).fill(Number.POSITIVE_INFINITY)];
  let ready = new Array(n).fill(Number.POSITIVE_INFINITY);
  sources.forEach((s, i) => {
    ready[s] = Math.min(ready[s], opts.sourceTimes?.[i] ?? tau);
  });
  const firstReady = [...ready];
  const rulesOf = new Map<number, TripRule[]>();
  for (const r of tripRules(tt)) rulesOf.set(r.fromTrip, [...(rulesOf.get(r.fromTrip) ?? []), r]);
  // Trip-to-trip transfers noted in the previous round: (trip, stop, ready time).
  type Noted = { trip: number; stop: number; ready: number };
  let notedOf = new Map<number, Noted[]>();
  for (let k = 1; k <= maxTrips; k++) {
    const next = [...arr[k - 1]];
    const noting: Noted[] = [];
    // Riding instance I from position `from`. An ordinary ride may take trip-to-trip transfers where
    // it lets one alight, and stays seated into the block's next trip at its end; a through-train
    // continuation only continues; a ride boarded by a trip-to-trip transfer does neither.
    const ride = (I: Instance, from: number, depth: number, kind: 'ordinary' | 'through' | 'tripRule') => {
      for (let i = from + 1; i < I.stops.length; i++) {
        if (!I.alight[i]) continue;
        next[I.stops[i]] = Math.min(next[I.stops[i]], I.arr[i]);
        if (kind !== 'ordinary') continue;
        for (const r of rulesOf.get(I.trip) ?? []) {
          if (r.fromStop === I.stops[i]) {
            noting.push({ trip: r.toTrip, stop: r.toStop, ready: I.arr[i] + r.time });
          }
        }
      }
      const J = kind === 'tripRule' ? null : continuation(tt, inst, I);
      if (J && depth < 16) ride(J, 0, depth + 1, 'through');
    };
    for (const I of inst) {
      for (let i = 0; i < I.stops.length; i++) {
        const s = I.stops[i];
        if (I.board[i] && ready[s] <= I.dep[i] && (k > 1 || I.dep[i] <= limit + (firstReady[s] - tau))) {
          ride(I, i, 0, 'ordinary');
          break;
        }
      }
      for (const x of notedOf.get(I.trip) ?? []) {
        const p = I.stops.findIndex((s, i) => s === x.stop && I.board[i]);
        if (p >= 0 && I.dep[p] >= x.ready) ride(I, p, 0, 'tripRule');
      }
    }
    notedOf = new Map();
    for (const x of noting) notedOf.set(x.trip, [...(notedOf.get(x.trip) ?? []), x]);
    arr.push(next);
    // The origin serves the first trip only (it must leave within `limit`); later trips start from arrivals.
    const r2 = k === 1 ? new Array(n).fill(Number.POSITIVE_INFINITY) : [...ready];
    for (let a = 0; a < n; a++) {
      if (next[a] === Number.POSITIVE_INFINITY) continue;
      for (const [b, d] of lists[a]) if (!opts.noBoard?.has(b)) r2[b] = Math.min(r2[b], next[a] + d);
    }
    ready = r2;
  }
  return arr;
}

/**
 * The through-train continuation of instance I (same block_id, same service day, starting where I
 * ends or at another platform of that station, no earlier than I arrives): the earliest such, or null.
 */
export function continuation(tt: Timetable, inst: Instance[], I: Instance): Instance | null {
  const block = tt.trips.block[I.trip];
  if (block < 0) return null;
  const station = (s: number) => (tt.stops.parent[s] >= 0 ? tt.stops.parent[s] : s);
  const last = I.stops.length - 1;
  let best: Instance | null = null;
  for (const J of inst) {
    if (J === I || J.day !== I.day || tt.trips.block[J.trip] !== block) continue;
    if (station(J.stops[0]) !== station(I.stops[last]) || J.dep[0] < I.arr[last]) continue;
    if (!best || J.dep[0] < best.dep[0] || (J.dep[0] === best.dep[0] && J.trip < best.trip)) best = J;
  }
  return best;
}

/** Departure times of instances boardable at the given stops, ascending, distinct. */
export function departures(inst: Instance[], stops: number[]): number[] {
  const set = new Set<number>();
  for (const I of inst) {
    for (let i = 0; i < I.stops.length; i++) if (I.board[i] && stops.includes(I.stops[i])) set.add(I.dep[i]);
  }
  return [...set].sort((a, b) => a - b);
}

/**
 * The reference's view of a journey query: both ends with their walks (referenceEnd), where no trip is
 * boarded after the first (the origin's stations and those walked to from it, the destination's),
 * earliest arrivals from a start time (memoised; `limit` on the first train's start), the best arrival
 * at the destination with at most k trips (its walk included), and every start time at the origin (a
 * train's departure less the walk to it), ascending.
 */
export function referenceQuery(
  tt: Timetable,
  from: number[],
  to: number[],
  maxTransfers: number,
  minTransfer: number,
  inst: Instance[],
  lists = transferLists(tt, minTransfer),
) {
  const origin = referenceEnd(tt, from, 'origin', minTransfer);
  const destination = referenceEnd(tt, to, 'destination', minTransfer);
  const sources = [...origin.offset.keys()];
  const noBoard = new Set([...origin.own, ...origin.walked, ...destination.own]);
  const K = maxTransfers + 1;
  const seen = new Map<string, number[][]>();
  const ea = (tau: number, limit = Number.POSITIVE_INFINITY, trips = K) => {
    const key = `${tau} ${limit} ${trips}`;
    let arr = seen.get(key);
    if (!arr) {
      const sourceTimes = sources.map((s) => tau + origin.offset.get(s)!);
      arr = earliestArrival(tt, inst, sources, tau, trips, minTransfer, limit, lists, {
        sourceTimes,
        noBoard,
      });
      seen.set(key, arr);
    }
    return arr;
  };
  const best = (arr: number[][], k: number) => {
    let b = Number.POSITIVE_INFINITY;
    for (const [s, o] of destination.offset) b = Math.min(b, arr[k][s] + o);
    return b;
  };
  const starts = [
    ...new Set(sources.flatMap((s) => departures(inst, [s]).map((t) => t - origin.offset.get(s)!))),
  ].sort((a, b) => a - b);
  return { K, ea, best, starts, origin, destination };
}
