import type { DayClock } from '../time/DayClock.ts';
import { type ConnectionList, CONN_FIELDS as F, type RunningConnections } from './RunningConnections.ts';

/** Search seconds one window spans at most (a clock day of zone slot 0 is cut into windows this long). */
export const WINDOW_SECONDS = 6 * 3600;

/** Most Int32s the windows may hold together (64 MB) before the cache starts afresh. */
const CACHE_INT32S = 16 * 2 ** 20;

/**
 * One window of a query's clock: the running connections of every (day, zone) leaving within search
 * times [start, end), merged in departure order, laid out as the day lists (CONN_FIELDS Int32s each)
 * but with times counted from `start` and the trip field `(e - day) * tripCount + pattern trip` for a
 * trip of clock day index e (`day * tripCount` plus it numbers the trip instance within the clock).
 * `first` and `last` (connection indexes) bound the part a query asked for.
 */
export interface ClockWindow {
  start: number;
  /** Clock day index (zone slot 0) the window lies in. */
  day: number;
  list: ConnectionList;
  first: number;
  last: number;
}

/** What `cover` found: the connections leaving in the range, and their windows unless too many. */
export interface Cover {
  total: number;
  windows: ClockWindow[] | null;
}

/** A window of a clock, remembered per clock: its key, and its list once looked up or built. */
interface Slot {
  start: number;
  end: number;
  day: number;
  /** '' until the window's day lists were first looked at. */
  key: string;
  /** No connection reaches into it. */
  empty: boolean;
  /** Valid while `generation` is the cache's. */
  list: ConnectionList | undefined;
  generation: number;
}

/** The (day, zone) lists reaching into a window: what its key names and its list is merged from. */
interface Streams {
  key: string;
  lists: Int32Array[];
  counts: number[];
  /** Per list: its day's start minus the window's start, and its clock day minus the window's. */
  shifts: number[];
  days: number[];
}

/**
 * The running connections of a clock cut into consecutive windows, so that a scan reads one list after
 * another in departure order instead of merging one stream per (service day, zone) at every step:
 * Amtrak's trains run for up to four days, and its streams interleave every eight connections or so.
 * A window's connections depend only on which services run on the days that reach into it and on
 * those days' offsets from the window (DST, zones), so windows are cached under that key and serve
 * every date with the same timetable: a weekday in March and a weekday in May, say. Bounded by the
 * lists' size.
 */
export class ConnectionWindows {
  private readonly cache = new Map<string, ConnectionList>();
  private held = 0;
  /** Counts the times the cache started afresh: slots' lists of an older one are looked up again. */
  private generation = 0;
  /** Per clock (a Router keeps one per query day), its windows by `day * 1024 + window`. */
  private readonly slots = new WeakMap<DayClock, Map<number, Slot>>();
  /** A number per set of day lists of RunningConnections (shared by days with the same services). */
  private readonly listIds = new WeakMap<ConnectionList[], number>();
  private nextId = 0;
  /** Clock days before and after a window's day that may reach into it. */
  private readonly daysBack: number;
  private readonly daysAhead: number;

  /** `budget`: most Int32s the cached windows may hold together (64 MB by default). */
  constructor(
    private readonly running: RunningConnections,
    private readonly budget = CACHE_INT32S,
  ) {
    const { minDep, maxDep } = running.cx;
    // Zone offsets from zone slot 0 lie within +-26 h; DST moves a day's start by an hour.
    const spread = running.zoneCount > 1 ? 26 * 3600 : 0;
    this.daysBack = Math.ceil((maxDep + spread + 3600) / 86_400) + 1;
    this.daysAhead = Math.ceil((spread + 3600 - Math.min(0, minDep)) / 86_400) + 1;
  }

  /**
   * How many running connections of the clock leave within search times [from, to) (`to` may be
   * INF), and, unless they are more than `maxConnections`, the windows holding them in order. Windows
   * are built only when they are returned: a range too long for the scan costs binary searches only.
   */
  cover(clock: DayClock, from: number, to: number, maxConnections: number): Cover {
    const slots: Slot[] = [];
    // The lists of the windows not cached, to count them and then merge them.
    const streams: (Streams | null)[] = [];
    const firsts: number[] = [];
    const lasts: number[] = [];
    let total = 0;
    const days = clock.dayCount;
    const off = clock.offsets;
    for (let d = 0; d < days; d++) {
      const dayStart = off[d];
      // The clock's last day has no next one: its windows go on as far as connections do.
      const dayEnd = d + 1 < days ? off[d + 1] : this.lastConnection(clock) + 1;
      if (dayEnd <= from) continue;
      if (dayStart >= to) break;
      for (let h = 0; dayStart + h * WINDOW_SECONDS < dayEnd; h++) {
        const start = dayStart + h * WINDOW_SECONDS;
        const end = Math.min(start + WINDOW_SECONDS, dayEnd);
        if (end <= from) continue;
        if (start >= to) break;
        const slot = this.slotOf(clock, d, h, start, end);
        if (slot.empty) continue;
        if (slot.generation !== this.generation && slot.key !== '') {
          slot.list = this.cache.get(slot.key);
          if (slot.list !== undefined) slot.generation = this.generation;
        }
        const list = slot.list;
        const lo = Math.max(from, start) - start;
        const hi = Math.min(to, end) - start;
        let first = 0;
        let last = 0;
        let st: Streams | null = null;
        if (list !== undefined) {
          first = lo > 0 ? firstAtOrAfter(list.data, list.count, lo) : 0;
          last = hi < end - start ? firstAtOrAfter(list.data, list.count, hi) : list.count;
        } else {
          // New, or evicted: the day lists (after an eviction maybe new ones, under a new key).
          st = this.streams(clock, d, h, start, end);
          slot.key = st.key;
          slot.empty = st.lists.length === 0;
          if (slot.empty) continue;
          for (let i = 0; i < st.lists.length; i++)
            last +=
              firstAtOrAfter(st.lists[i], st.counts[i], hi - st.shifts[i]) -
              firstAtOrAfter(st.lists[i], st.counts[i], lo - st.shifts[i]);
        }
        total += last - first;
        slots.push(slot);
        streams.push(st);
        firsts.push(first);
        lasts.push(last);
      }
    }
    if (total > maxConnections) return { total, windows: null };
    const windows: ClockWindow[] = [];
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      let list = slot.list;
      let first = firsts[i];
      let last = lasts[i];
      const st = streams[i];
      if (st !== null) {
        list = this.build(slot, st);
        first = from > slot.start ? firstAtOrAfter(list.data, list.count, from - slot.start) : 0;
        last = to < slot.end ? firstAtOrAfter(list.data, list.count, to - slot.start) : list.count;
      }
      if (list !== undefined && last > first)
        windows.push({ start: slot.start, day: slot.day, list, first, last });
    }
    return { total, windows };
  }

  /** Search time of the clock's latest connection departure. */
  private lastConnection(clock: DayClock): number {
    let last = Number.NEGATIVE_INFINITY;
    for (const o of clock.offsets) last = Math.max(last, o + this.running.cx.maxDep);
    return last;
  }

  /** Window h of clock day d, remembered for the clock; its key is found by `cover` on first use. */
  private slotOf(clock: DayClock, d: number, h: number, start: number, end: number): Slot {
    let byWindow = this.slots.get(clock);
    if (byWindow === undefined) {
      byWindow = new Map();
      this.slots.set(clock, byWindow);
    }
    const at = d * 1024 + h;
    let slot = byWindow.get(at);
    if (slot === undefined) {
      slot = { start, end, day: d, key: '', empty: false, list: undefined, generation: -1 };
      byWindow.set(at, slot);
    }
    return slot;
  }

  /**
   * Window h of clock day d, [start, end): the (day, zone) lists reaching into it, and the key naming
   * what they hold there (which services run, and where their day starts from the window's start).
   */
  private streams(clock: DayClock, d: number, h: number, start: number, end: number): Streams {
    const zones = clock.offsets.length / clock.dayCount;
    const { minDep, maxDep } = this.running.cx;
    const st: Streams = { key: `${h},${end - start}`, lists: [], counts: [], shifts: [], days: [] };
    const e0 = Math.max(0, d - this.daysBack);
    const e1 = Math.min(clock.dayCount - 1, d + this.daysAhead);
    for (let e = e0; e <= e1; e++) {
      let perZone: ConnectionList[] | null = null;
      for (let z = 0; z < zones; z++) {
        const o = clock.offsets[z * clock.dayCount + e];
        if (o + maxDep < start || o + minDep >= end) continue;
        perZone ??= this.running.get(clock.dayOf[e]);
        const { data, count } = perZone[z];
        if (count === 0 || data[(count - 1) * F] + o < start || data[0] + o >= end) continue;
        st.key += `;${e - d},${z},${this.listId(perZone)},${o - start}`;
        st.lists.push(data);
        st.counts.push(count);
        st.shifts.push(o - start);
        st.days.push(e - d);
      }
    }
    return st;
  }

  /** Merges a window's connections and caches them, unless a window of the same key has been. */
  private build(slot: Slot, st: Streams): ConnectionList {
    let list = this.cache.get(st.key);
    if (list === undefined) {
      list = merge(st.lists, st.counts, st.shifts, st.days, slot.end - slot.start, this.running.cx.tripCount);
      if (this.held + list.data.length > this.budget) {
        this.cache.clear();
        this.held = 0;
        this.generation++;
      }
      this.cache.set(st.key, list);
      this.held += list.data.length;
    }
    slot.list = list;
    slot.generation = this.generation;
    return list;
  }

  private listId(lists: ConnectionList[]): number {
    let id = this.listIds.get(lists);
    if (id === undefined) {
      id = this.nextId++;
      this.listIds.set(lists, id);
    }
    return id;
  }
}

/**
 * The connections of `lists` (each with `counts` connections, its times shifted by `shifts`) leaving
 * within [0, length) after the shift, merged by departure; each list keeps its own order (a trip's
 * equal-time hops stay in travel order; the scan rescans equal times as needed). Trips of list i are
 * numbered `days[i] * tripCount + pattern trip`.
 */
function merge(
  lists: Int32Array[],
  counts: number[],
  shifts: number[],
  days: number[],
  length: number,
  tripCount: number,
): ConnectionList {
  const S = lists.length;
  const pos: number[] = [];
  const to: number[] = [];
  let total = 0;
  for (let s = 0; s < S; s++) {
    const a = firstAtOrAfter(lists[s], counts[s], -shifts[s]);
    const b = firstAtOrAfter(lists[s], counts[s], length - shifts[s]);
    pos.push(a * F);
    to.push(b * F);
    total += b - a;
  }
  const out = new Int32Array(total * F);
  let o = 0;
  for (;;) {
    let b = -1;
    let bt = Number.POSITIVE_INFINITY;
    let second = Number.POSITIVE_INFINITY;
    for (let s = 0; s < S; s++) {
      if (pos[s] >= to[s]) continue;
      const t = lists[s][pos[s]] + shifts[s];
      if (t < bt) {
        second = bt;
        bt = t;
        b = s;
      } else if (t < second) second = t;
    }
    if (b < 0) break;
    const data = lists[b];
    const shift = shifts[b];
    const r = days[b] * tripCount;
    const end = to[b];
    let x = pos[b];
    for (; x < end && data[x] + shift <= second; x += F) {
      out[o] = data[x] + shift;
      out[o + 1] = data[x + 1];
      out[o + 2] = r + data[x + 2];
      out[o + 3] = data[x + 3] + shift;
      out[o + 4] = data[x + 4];
      o += F;
    }
    pos[b] = x;
  }
  return { count: total, data: out };
}

/** First connection (an index, not an Int32 position) of a list's `data` leaving at or after `t`. */
export function firstAtOrAfter(data: Int32Array, count: number, t: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (data[mid * F] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
