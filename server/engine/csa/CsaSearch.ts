import { INF } from '../raptor/Labels.ts';
import type { RaptorIndex } from '../raptor/RaptorIndex.ts';
import type { DayClock } from '../time/DayClock.ts';
import { type ConnectionList, CONN_FIELDS as F, type RunningConnections } from './RunningConnections.ts';

/**
 * How many connections a scan may cover per pattern stop of the index before RAPTOR is the cheaper
 * search. Measured with capped one-to-all queries (`npx tsx scripts/bench/oneToAllCrossover.ts`,
 * BENCHMARKS.md): the scan and RAPTOR break even near 2.8 connections per pattern stop on Amtrak, 4.8
 * on CP and ZSSK, 7 on the NYC subway, and beyond 1.3 (the longest window measured, where the scan is
 * still 3x faster) on DB; 4 loses little on Amtrak and keeps the scan where it wins on the others.
 */
export const CSA_CONNECTIONS_PER_PATTERN_STOP = 4;

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
 * the query's service days are scanned in departure order, merged from one list per (day, zone); a trip
 * instance remembers the fewest trips with which it is ridden. It answers what RAPTOR's one-to-all
 * answers (the same transfer rules and first-train limit), faster when the cutoff keeps the scan short.
 * Through trains (block_id) and trip-to-trip transfers are RAPTOR's only: `supports` says whether an
 * index has none. All state lives in typed arrays reused between queries; one query at a time.
 */
export class CsaSearch {
  private readonly n: number;
  /** Pattern trips of the index: trip instance keys are stream * G + pattern trip. */
  private readonly G: number;
  /** Labels per stop, stop-major: `s * R + k`. */
  private readonly R: number;
  /** Best arrival by train with at most k trips (k >= 1), at `s * labelsPerStop + k`; kept until the next run. */
  readonly arrBest: Int32Array;
  /** Best time to board at a stop after at most k trips (k = 0: the sources only). */
  private readonly readyBest: Int32Array;
  /** Earliest ready time at a stop over all k, and the fewest trips of any ready label there. */
  private readonly readyMin: Int32Array;
  private readonly firstK: Int8Array;
  private readonly touched: Int32Array;
  private readonly touchedFlag: Uint8Array;
  private touchedCount = 0;
  /** Per (stream, pattern trip): fewest trips with which the instance is ridden, 0 when not ridden. */
  private tripK = new Int8Array(0);
  private tripTouched = new Int32Array(0);
  private tripTouchedCount = 0;
  /** Connections between the query time and the bound in the last `run` (scanned or not): for benchmarks. */
  lastWindow = 0;
  /**
   * The scan time at which a ready label was set to that very time (a zero-minute hop and change):
   * the connections leaving then are scanned again. INF when none.
   */
  private redoAt = INF;

  /** `maxTrips`: the most trips any query may use. */
  constructor(
    private readonly idx: RaptorIndex,
    private readonly running: RunningConnections,
    maxTrips: number,
  ) {
    this.G = idx.patTrips.length;
    this.n = idx.stopCount;
    this.R = maxTrips + 1;
    this.arrBest = new Int32Array(this.n * this.R).fill(INF);
    this.readyBest = new Int32Array(this.n * this.R).fill(INF);
    this.readyMin = new Int32Array(this.n).fill(INF);
    this.firstK = new Int8Array(this.n).fill(127);
    this.touched = new Int32Array(this.n);
    this.touchedFlag = new Uint8Array(this.n);
  }

  /** Whether the index has no through trains and no trip-to-trip transfers (which only RAPTOR models). */
  static supports(idx: RaptorIndex): boolean {
    return idx.contStart[idx.contStart.length - 1] === 0 && idx.spStart[idx.spStart.length - 1] === 0;
  }

  /**
   * Scans the connections of the clock's days from `p.time` to `p.bound`, unless they are more than
   * `maxConnections`: then it returns false and sets no label. After a true, `arrBest` holds the labels.
   */
  run(clock: DayClock, p: CsaParams, maxConnections: number): boolean {
    this.clear();
    // Streams: the running connections of one (day, zone) from the first leaving at or after the query
    // time to the last leaving before the bound; positions count Int32s of ConnectionList.data.
    const lists: Int32Array[] = [];
    const offs: number[] = [];
    const pos: number[] = [];
    const ends: number[] = [];
    let total = 0;
    const zones = clock.offsets.length / clock.dayCount;
    const { minDep, maxDep } = this.running.cx;
    for (let d = 0; d < clock.dayCount; d++) {
      let perZone: ConnectionList[] | null = null;
      for (let z = 0; z < zones; z++) {
        const off = clock.offsets[z * clock.dayCount + d];
        // Days whose every connection lies outside the window are not even looked up.
        if (off + maxDep < p.time || off + minDep >= p.bound) continue;
        perZone ??= this.running.get(clock.dayOf[d]);
        const { data, count } = perZone[z];
        if (count === 0) continue;
        if (data[(count - 1) * F] + off < p.time || data[0] + off >= p.bound) continue;
        const a = firstAtOrAfter(data, count, p.time - off);
        const b = firstAtOrAfter(data, count, Math.min(p.bound, INF) - off);
        if (b <= a) continue;
        lists.push(data);
        offs.push(off);
        pos.push(a * F);
        ends.push(b * F);
        total += b - a;
      }
    }
    this.lastWindow = total;
    if (total > maxConnections) return false;
    const S = lists.length;
    const G = this.G;
    if (this.tripK.length < S * G) {
      this.tripK = new Int8Array(S * G);
      this.tripTouched = new Int32Array(S * G);
    }
    for (let i = 0; i < p.sources.length; i++) {
      const s = p.sources[i];
      this.touch(s);
      this.readyBest[s * this.R] = p.time;
      this.readyMin[s] = p.time;
      this.firstK[s] = 0;
    }
    this.scan(lists, offs, pos, ends, p);
    if (this.redoAt < INF) this.rescan(lists, offs, pos, p);
    return true;
  }

  /**
   * The scan proper: streams merged in departure order. The loop only filters; `visit` does the work
   * where a label may change.
   */
  private scan(lists: Int32Array[], offs: number[], pos: number[], ends: number[], p: CsaParams): void {
    const S = lists.length;
    const G = this.G;
    const { tripK, readyMin, firstK, arrBest } = this;
    const R = this.R;
    const bound = p.bound;
    // Merge: ride the stream with the earliest next departure while it stays no later than the others'.
    // A local copy of redoAt, refreshed after each visit (only a visit changes it).
    let redoAt = INF;
    for (;;) {
      let b = -1;
      let bt = INF;
      let second = INF;
      for (let s = 0; s < S; s++) {
        if (pos[s] >= ends[s]) continue;
        const t = lists[s][pos[s]] + offs[s];
        if (t < bt) {
          second = bt;
          bt = t;
          b = s;
        } else if (t < second) second = t;
      }
      if (b < 0) break;
      const data = lists[b];
      const off = offs[b];
      const keyBase = b * G;
      const end = ends[b];
      let x = pos[b];
      for (; x < end; x += F) {
        const t = data[x] + off;
        if (t > second) break;
        if (t > redoAt) {
          pos[b] = x;
          this.rescan(lists, offs, pos, p);
          redoAt = INF;
        }
        const k = tripK[keyBase + data[x + 4]];
        const fl = data[x + 5];
        // Boarding may help: a label at the stop is ready, and the instance is not ridden with fewer trips.
        const u = data[x + 2];
        if ((fl & 1) !== 0 && readyMin[u] <= t && (k === 0 || k > firstK[u] + 1)) {
          this.visit(data, x, t, off, keyBase, p);
          redoAt = this.redoAt;
          continue;
        }
        if (k === 0 || (fl & 2) === 0) continue;
        const a = data[x + 1] + off;
        if (a < bound && a < arrBest[data[x + 3] * R + k]) {
          this.visit(data, x, t, off, keyBase, p);
          redoAt = this.redoAt;
        }
      }
      pos[b] = x;
    }
  }

  /** Stride of `arrBest` per stop (the most trips any query may use, plus one). */
  get labelsPerStop(): number {
    return this.R;
  }

  /**
   * The connection at `data[x ..]` of stream `keyBase / G`, leaving at search time t: boards its trip
   * instance where a label allows (with the fewest trips), then relaxes its arrival and the changes
   * from there.
   */
  private visit(data: Int32Array, x: number, t: number, off: number, keyBase: number, p: CsaParams): void {
    const R = this.R;
    const K = p.maxTrips;
    const key = keyBase + data[x + 4];
    let k = this.tripK[key];
    const fl = data[x + 5];
    if ((fl & 1) !== 0) {
      const u = data[x + 2];
      if (this.readyMin[u] <= t && (k === 0 || k > this.firstK[u] + 1)) {
        const rb = this.readyBest;
        const base = u * R;
        // The fewest trips before this one: round 0 (the sources) only within the first-train limit.
        let kk = rb[base] <= t && t <= p.firstBoardLimit ? 0 : 1;
        if (kk === 1) while (kk < K && rb[base + kk] > t) kk++;
        if (kk < K && (k === 0 || kk + 1 < k)) {
          if (k === 0) this.tripTouched[this.tripTouchedCount++] = key;
          k = kk + 1;
          this.tripK[key] = k;
        }
      }
    }
    if (k === 0 || (fl & 2) === 0) return;
    const a = data[x + 1] + off;
    const v = data[x + 3];
    const ab = this.arrBest;
    const vb = v * R;
    if (a >= p.bound || a >= ab[vb + k]) return;
    this.touch(v);
    let j = k;
    do ab[vb + j++] = a;
    while (j <= K && a < ab[vb + j]);
    // Rounds k .. j - 1 improved: changes from there (none after the last trip allowed).
    const last = Math.min(j, K);
    if (k >= last) return;
    const idx = this.idx;
    const self = idx.selfTransfer[v];
    if (self !== -2) this.relax(v, a + (self < 0 ? p.minTransfer : self), k, last, t, p.bound);
    for (let e = idx.fpStart[v]; e < idx.fpStart[v + 1]; e++) {
      const d = idx.fpDur[e];
      this.relax(idx.fpTo[e], a + (d < 0 ? p.minTransfer : d), k, last, t, p.bound);
    }
  }

  /** Ready at stop s at time r after k .. last - 1 trips; `t` is the scan time. */
  private relax(s: number, r: number, k: number, last: number, t: number, bound: number): void {
    if (r >= bound) return;
    const rb = this.readyBest;
    const base = s * this.R;
    let changed = false;
    for (let x = k; x < last && r < rb[base + x]; x++) {
      rb[base + x] = r;
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
   * Scans the connections leaving at `redoAt` again (those already passed, in every stream) until no
   * ready label is set to that time any more.
   */
  private rescan(lists: Int32Array[], offs: number[], pos: number[], p: CsaParams): void {
    while (this.redoAt < INF) {
      const t = this.redoAt;
      this.redoAt = INF;
      for (let s = 0; s < lists.length; s++) {
        const data = lists[s];
        let x = pos[s];
        while (x > 0 && data[x - F] + offs[s] === t) x -= F;
        for (; x < pos[s]; x += F) this.visit(data, x, t, offs[s], s * this.G, p);
      }
    }
  }

  private touch(s: number): void {
    if (this.touchedFlag[s]) return;
    this.touchedFlag[s] = 1;
    this.touched[this.touchedCount++] = s;
  }

  /** Resets what the last run touched. */
  private clear(): void {
    const R = this.R;
    for (let i = 0; i < this.touchedCount; i++) {
      const s = this.touched[i];
      this.touchedFlag[s] = 0;
      this.readyMin[s] = INF;
      this.firstK[s] = 127;
      this.arrBest.fill(INF, s * R, s * R + R);
      this.readyBest.fill(INF, s * R, s * R + R);
    }
    this.touchedCount = 0;
    for (let i = 0; i < this.tripTouchedCount; i++) this.tripK[this.tripTouched[i]] = 0;
    this.tripTouchedCount = 0;
    this.redoAt = INF;
  }
}

/** First connection (index, not Int32 position) of a ConnectionList's data leaving at or after `t`. */
function firstAtOrAfter(data: Int32Array, count: number, t: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (data[mid * F] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
