import { INF } from '../raptor/Labels.ts';
import { hasNoTripLinks, type RaptorIndex } from '../raptor/RaptorIndex.ts';
import type { DayClock } from '../time/DayClock.ts';
import { ConnectionWindows } from './ConnectionWindows.ts';
import { mayChange, tripsAfterBoarding } from './csaLabelTests.ts';
import { type RunningConnections, CONN_FIELDS as W } from './RunningConnections.ts';

/**
 * How many connections a scan may cover per pattern stop of the index before RAPTOR is the cheaper
 * search. Measured with capped one-to-all queries (`npx tsx scripts/bench/oneToAllCrossover.ts`,
 * BENCHMARKS.md, 12:04 UTC): the scan and RAPTOR break even near 6 connections per pattern stop on CP
 * and ZSSK and near 8.7 on the NYC subway; on Amtrak the scan is still 1.4x faster at 3.7 (a week) and
 * on DB 4x faster at 1.3 (the longest windows measured). 5 keeps the scan where it clearly wins (it was
 * 4 while the scan was slower, with break-even points at 5.5 and 8).
 */
export const CSA_CONNECTIONS_PER_PATTERN_STOP = 5;

/** Parameters of one scan. Times are forward search times (see DayClock). */
export interface CsaParams {
  sources: ArrayLike<number>;
  time: number;
  /** The first trip must leave no later than this. */
  firstBoardLimit: number;
  /** Arrivals at or after this are not kept (INF for none). */
  bound: number;
  /** The most trips a journey may use (maxTransfers + 1). */
  maxTrips: number;
  minTransfer: number;
}

/**
 * Earliest arrival at every stop with at most k trips, for every k, by the Connection Scan Algorithm
 * (Dibbelt et al., "Connection Scan Algorithm", 2018) with bounded transfers: the running connections of
 * the query's service days are scanned in departure order, window by window (ConnectionWindows); a trip
 * instance remembers the fewest trips with which it is ridden. It answers what RAPTOR's one-to-all
 * answers (the same transfer rules and first-train limit), faster when the cutoff keeps the scan short.
 * Through trains (block_id) and trip-to-trip transfers are RAPTOR's only: `supports` says whether an
 * index has none. All state lives in typed arrays reused between queries; one query at a time.
 */
export class CsaSearch {
  private readonly n: number;
  /** Pattern trips of the index: a trip instance's key is (clock day index * tripsPerDay + pattern trip). */
  private readonly tripsPerDay: number;
  /** Labels per stop (the most trips any query may use, plus one): a stop's labels are `s * perStop + k`. */
  private readonly perStop: number;
  /**
   * The labels the scan's loop reads, in one array so that the loop reads two arrays only (this and
   * the window's): in a loop, V8 checks each typed array's map and reloads its length and data pointer
   * at every use (on Amtrak's one-to-all about 1.04x; 1.12x with the scan's call-free inner loop and
   * the "no stop", `scripts/bench/abEngines.ts --kind one-to-all`). Its layout (n = stop count; each
   * region also has a view of its own, below):
   *
   * | region    | positions                     | holds, per                                       |
   * |-----------|-------------------------------|--------------------------------------------------|
   * | readyMin  | [0, firstKAt)                 | stop (n + 1): earliest ready time over all k     |
   * | firstK    | [firstKAt, arrBestAt)         | stop (n + 1): fewest trips of a ready label      |
   * | arrBest   | [arrBestAt, tripKAt)          | stop × k ((n + 1) × perStop): best arrival        |
   * | tripK     | [tripKAt, …)                  | trip instance: fewest trips it is ridden with    |
   *
   * Stop index n is the running lists' "no stop" (see RunningConnections): its readyMin is INF and its
   * arrBest -INF, so a connection never boards where boarding is not allowed nor alights where
   * alighting is not.
   */
  private st = new Int32Array(0);
  /** Where `st`'s regions start (see above). */
  private readonly firstKAt: number;
  private readonly arrBestAt: number;
  private readonly tripKAt: number;
  /** Best arrival by train with at most k trips (k >= 1), at `s * labelsPerStop + k`; kept until the next run. */
  arrBest = new Int32Array(0);
  /** Best time to board at a stop after at most k trips (k = 0: the sources only). */
  private readonly readyBest: Int32Array;
  /** Earliest ready time at a stop over all k, and the fewest trips of any ready label there. */
  private readyMin = new Int32Array(0);
  private firstK = new Int32Array(0);
  /** Per (clock day, pattern trip): fewest trips with which the instance is ridden, 0 when not ridden. */
  private tripK = new Int32Array(0);
  private tripTouched = new Int32Array(0);
  private tripTouchedCount = 0;
  private readonly touched: Int32Array;
  private readonly touchedFlag: Uint8Array;
  /** 1 at the sources of the running query. */
  private readonly isSource: Uint8Array;
  private touchedCount = 0;
  /** Connections between the query time and the bound in the last `run` (scanned or not): for benchmarks. */
  lastWindow = 0;
  /**
   * The scan time at which a ready label was set to that very time (a zero-minute hop and change):
   * the connections leaving then are scanned again. INF when none.
   */
  private redoAt = INF;
  private readonly windows: ConnectionWindows;

  /** `maxTrips`: the most trips any query may use. */
  constructor(
    private readonly idx: RaptorIndex,
    running: RunningConnections,
    maxTrips: number,
  ) {
    this.tripsPerDay = idx.patTrips.length;
    this.n = idx.stopCount;
    this.perStop = maxTrips + 1;
    this.readyBest = new Int32Array(this.n * this.perStop).fill(INF);
    this.firstKAt = this.n + 1;
    this.arrBestAt = 2 * (this.n + 1);
    this.tripKAt = this.arrBestAt + (this.n + 1) * this.perStop;
    this.allocate(0);
    this.touched = new Int32Array(this.n);
    this.touchedFlag = new Uint8Array(this.n);
    this.isSource = new Uint8Array(this.n + 1);
    this.windows = new ConnectionWindows(running);
  }

  /** A fresh `st` with room for `trips` trip instances, and its views. */
  private allocate(trips: number): void {
    const st = new Int32Array(this.tripKAt + trips);
    this.st = st;
    this.readyMin = st.subarray(0, this.firstKAt).fill(INF);
    this.firstK = st.subarray(this.firstKAt, this.arrBestAt).fill(127);
    this.arrBest = st.subarray(this.arrBestAt, this.tripKAt).fill(INF);
    this.arrBest.fill(-INF, this.n * this.perStop);
    this.tripK = st.subarray(this.tripKAt);
    this.tripTouched = new Int32Array(trips);
  }

  /** Whether the index has no through trains and no trip-to-trip transfers (which only RAPTOR models). */
  static supports(idx: RaptorIndex): boolean {
    return hasNoTripLinks(idx);
  }

  /**
   * Scans the connections of the clock's days from `p.time` to `p.bound`, unless they are more than
   * `maxConnections`: then it returns false and sets no label. After a true, `arrBest` holds the labels.
   */
  run(clock: DayClock, p: CsaParams, maxConnections: number): boolean {
    this.clear();
    const { total, windows } = this.windows.cover(clock, p.time, p.bound, maxConnections);
    this.lastWindow = total;
    if (windows === null) return false;
    const tripsPerDay = this.tripsPerDay;
    if (this.tripK.length < clock.dayCount * tripsPerDay) this.allocate(clock.dayCount * tripsPerDay);
    const { isSource } = this;
    for (let i = 0; i < p.sources.length; i++) {
      const s = p.sources[i];
      this.touch(s);
      this.readyBest[s * this.perStop] = p.time;
      this.readyMin[s] = p.time;
      this.firstK[s] = 0;
      isSource[s] = 1;
    }
    // Until a train leaves a source nothing can happen: skip there with a cheaper loop (on Amtrak, about
    // 15% of the connections in the window).
    let waiting = true;
    const stride = W;
    for (const w of windows) {
      const data = w.list.data;
      let x = w.first * stride;
      const end = w.last * stride;
      if (waiting) {
        while (x < end && isSource[data[x + 1]] === 0) x += stride;
        if (x === end) continue;
        // Past the first-train limit no train can be boarded at all.
        if (data[x] + w.start > p.firstBoardLimit) break;
        waiting = false;
      }
      this.scan(data, x, end, w.start, w.day * tripsPerDay, p);
    }
    for (let i = 0; i < p.sources.length; i++) isSource[p.sources[i]] = 0;
    return true;
  }

  /** The stops the last run set a label at (the sources first), in the order it reached them. */
  get reached(): Int32Array {
    return this.touched.subarray(0, this.touchedCount);
  }

  /**
   * The scan proper over positions [from, to) of one window's list (times count from `off`, trip
   * instances from `keyBase`). The inner loops only filter; where a label may change, the connection
   * is visited.
   */
  private scan(data: Int32Array, from: number, to: number, off: number, keyBase: number, p: CsaParams): void {
    const st = this.st;
    const perStop = this.perStop;
    const stride = W;
    // (Times of the window as int32, for the loops below.)
    const o = off | 0; // the window's time offset
    const tripKeyBase = (keyBase + this.tripKAt) | 0;
    const firstKAt = this.firstKAt;
    const arrBestAt = this.arrBestAt;
    const bound = p.bound;
    const readyBest = this.readyBest;
    const maxTrips = p.maxTrips;
    const limit = p.firstBoardLimit;
    const tripKAt = this.tripKAt;
    const pairsEnd = to - stride;
    let x = from;
    while (x < to) {
      // The next connection where a label may change, two at a time. (Inner loops without calls but
      // the inlined test, their constants in locals: V8 compiles them to much less than the same test
      // in a loop that also visits, 1.08x on Amtrak; two at a time halves the loop's own checks, 1.05x.)
      for (; x < pairsEnd; x += 2 * stride) {
        if (mayChange(data, x, o, st, tripKeyBase, firstKAt, arrBestAt, perStop, bound)) break;
        if (mayChange(data, x + stride, o, st, tripKeyBase, firstKAt, arrBestAt, perStop, bound)) {
          x += stride;
          break;
        }
      }
      if (x >= pairsEnd)
        while (x < to && !mayChange(data, x, o, st, tripKeyBase, firstKAt, arrBestAt, perStop, bound))
          x += stride;
      if (x >= to) return;
      // What visit does, written out here: a call per visit was 4% of Amtrak's one-to-all.
      const t = data[x] + o;
      const key = tripKeyBase + data[x + 2];
      const ridden = st[key];
      const k = tripsAfterBoarding(st, readyBest, firstKAt, perStop, maxTrips, limit, data[x + 1], ridden, t);
      if (k !== ridden) {
        if (ridden === 0) this.tripTouched[this.tripTouchedCount++] = key - tripKAt;
        st[key] = k;
      }
      if (k !== 0) {
        const a = data[x + 3] + o;
        const v = data[x + 4];
        if (a < bound && a < st[arrBestAt + v * perStop + k]) this.arrive(v, a, k, t, p);
      }
      x += stride;
      if (this.redoAt === INF) continue;
      // A label was set ready at this very time: the connections still leaving then are visited, then
      // those before them again (rescan). Connections at a window's last departure time all lie in it.
      while (x < to && data[x] + o === t) {
        this.visit(data, x, t, off, keyBase, p);
        x += stride;
      }
      this.rescan(data, x, off, keyBase, p);
    }
  }

  /** Stride of `arrBest` per stop (the most trips any query may use, plus one). */
  get labelsPerStop(): number {
    return this.perStop;
  }

  /**
   * The connection at `data[x ..]` of a window of clock day `keyBase / tripsPerDay`, leaving at search time t:
   * boards its trip instance where a label allows (with the fewest trips), then relaxes its arrival and
   * the changes from there. (`scan` has the same written out.)
   */
  private visit(data: Int32Array, x: number, t: number, off: number, keyBase: number, p: CsaParams): void {
    const st = this.st;
    const perStop = this.perStop;
    const key = this.tripKAt + keyBase + data[x + 2];
    const ridden = st[key];
    const k = tripsAfterBoarding(
      st,
      this.readyBest,
      this.firstKAt,
      perStop,
      p.maxTrips,
      p.firstBoardLimit,
      data[x + 1],
      ridden,
      t,
    );
    if (k !== ridden) {
      if (ridden === 0) this.tripTouched[this.tripTouchedCount++] = key - this.tripKAt;
      st[key] = k;
    }
    if (k === 0) return;
    const a = data[x + 3] + off;
    const v = data[x + 4];
    if (a < p.bound && a < st[this.arrBestAt + v * perStop + k]) this.arrive(v, a, k, t, p);
  }

  /**
   * Arrival at stop v at search time a (scan time t) on a trip instance ridden with k trips, earlier
   * than v's label for k: sets the labels it improves, and the changes from there.
   */
  private arrive(v: number, a: number, k: number, t: number, p: CsaParams): void {
    const st = this.st;
    const maxTrips = p.maxTrips;
    const vb = this.arrBestAt + v * this.perStop;
    this.touch(v);
    let j = k;
    do st[vb + j++] = a;
    while (j <= maxTrips && a < st[vb + j]);
    // Rounds k .. j - 1 improved: changes from there (none after the last trip allowed).
    const last = Math.min(j, maxTrips);
    if (k >= last) return;
    const idx = this.idx;
    const self = idx.selfTransfer[v];
    if (self !== -2) this.relax(v, a + (self < 0 ? p.minTransfer : self), k, last, t, p.bound);
    for (let e = idx.fpStart[v]; e < idx.fpStart[v + 1]; e++) {
      const d = idx.fpDur[e];
      const w = idx.fpWalk[e];
      this.relax(idx.fpTo[e], a + (d >= 0 ? d : Math.max(w, p.minTransfer)), k, last, t, p.bound);
    }
  }

  /** Ready at stop s at time r after k .. last - 1 trips; `t` is the scan time. */
  private relax(s: number, r: number, k: number, last: number, t: number, bound: number): void {
    if (r >= bound) return;
    const readyBest = this.readyBest;
    const base = s * this.perStop;
    let changed = false;
    for (let x = k; x < last && r < readyBest[base + x]; x++) {
      readyBest[base + x] = r;
      changed = true;
    }
    if (!changed) return;
    this.touch(s);
    if (k < this.firstK[s]) this.firstK[s] = k;
    if (r < this.readyMin[s]) this.readyMin[s] = r;
    // A zero-time change at the scan time: connections already scanned at this time may board now.
    if (r <= t) this.redoAt = t;
  }

  /**
   * Scans the connections leaving at `redoAt` again (those before position x of the window, which all
   * left then) until no ready label is set to that time any more.
   */
  private rescan(data: Int32Array, x: number, off: number, keyBase: number, p: CsaParams): void {
    while (this.redoAt < INF) {
      const t = this.redoAt;
      this.redoAt = INF;
      let y = x;
      while (y > 0 && data[y - W] + off === t) y -= W;
      for (; y < x; y += W) this.visit(data, y, t, off, keyBase, p);
    }
  }

  private touch(s: number): void {
    if (this.touchedFlag[s]) return;
    this.touchedFlag[s] = 1;
    this.touched[this.touchedCount++] = s;
  }

  /** Resets what the last run touched. */
  private clear(): void {
    const perStop = this.perStop;
    // Label by label where few stops were reached; whole arrays (memset) where many were.
    const whole = this.touchedCount * 8 > this.n;
    if (whole) {
      this.arrBest.fill(INF, 0, this.n * perStop);
      this.readyBest.fill(INF);
    }
    for (let i = 0; i < this.touchedCount; i++) {
      const s = this.touched[i];
      this.touchedFlag[s] = 0;
      this.readyMin[s] = INF;
      this.firstK[s] = 127;
      if (whole) continue;
      for (let x = s * perStop; x < s * perStop + perStop; x++) {
        this.arrBest[x] = INF;
        this.readyBest[x] = INF;
      }
    }
    this.touchedCount = 0;
    for (let i = 0; i < this.tripTouchedCount; i++) this.tripK[this.tripTouched[i]] = 0;
    this.tripTouchedCount = 0;
    this.redoAt = INF;
  }
}
