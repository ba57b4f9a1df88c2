import type { Services } from '../../timetable/Timetable.ts';
import type { DayClock } from '../time/DayClock.ts';
import type { ActiveTrips } from './ActiveTrips.ts';
import { FOUND_DAYS, findTrip } from './findTrip.ts';
import { INF, Labels } from './Labels.ts';
import { lowerBounds } from './lowerBounds.ts';
import { hasNoTripLinks, type RaptorIndex } from './RaptorIndex.ts';
import { readPath } from './readPath.ts';
import type { SearchPath } from './SearchPath.ts';

/** Re-exported for callers that imported it from here (server/compare). */
export { INF } from './Labels.ts';

/** RaptorIndex.patFlags bits, as literals in this file's loops (see CAN_BOARD / CAN_ALIGHT). */
const ALIGHT = 2;
/** patDays before a pattern's running days are looked up. */
const NOT_YET = -2;

/** Parameters of one search run. Times are search times (see DayClock). */
export interface RunParams {
  sources: ArrayLike<number>;
  time: number;
  /** Trips boarded in round 1 must depart (in search direction) no later than this. */
  firstBoardLimit: number;
  minTransfer: number;
  /** For a tightening search: what the search whose journey it tightens found (FirstSearchBound). */
  firstSearch?: FirstSearchBound;
}

/**
 * What a tightening search learns from the search whose journey it tightens (depart-after: the forward
 * search, tightened by a reverse one for the latest departure; arrive-by: the reverse search, tightened
 * by a forward one for the earliest arrival). The tightening search starts at the journey's far end
 * and works towards the first search's sources, which are its targets: a label at stop s with k trips
 * is of use only if the first search reaches s in time with at most trips - k trips. The first
 * search's `readyBest` says when it does at the earliest (in its search time, the negation of this
 * one's), exactly for such ways: it pruned only against target arrivals with fewer trips than the
 * journey's, all worse than the journey's, which a way that still makes the journey never reaches. It
 * covers only ways whose first trip leaves within its `firstBoardLimit`; a way leaving later reaches s
 * no earlier than that plus the lower bound between s and the sources, so the bound is the smaller of
 * the two. Only for indexes without through trains and trip-to-trip transfers.
 */
export interface FirstSearchBound {
  /** The first search's `readyBest` (its own array, read after its run) and its run's parameters. */
  readyBest: Int32Array;
  trips: number;
  firstBoardLimit: number;
}

/**
 * The RAPTOR kernel (Delling et al., "Round-Based Public Transit Routing"), direction-agnostic: run on
 * the forward index it computes earliest arrivals; on the reverse index (negated times), latest
 * departures. Round k uses exactly k trips. Labels persist between `run` calls until `reset`, which
 * gives rRAPTOR for range queries. All state lives in typed arrays allocated once and reset only
 * where touched.
 */
export class RaptorSearch {
  readonly idx: RaptorIndex;
  readonly rounds: number;
  private readonly n: number;
  private readonly active: Uint8Array;
  private readonly svcDays: number;
  /** The labels; the arrays below are aliases of its arrays (kept as fields for the hot loops). */
  readonly labels: Labels;
  readonly arr: Int32Array;
  readonly arrBest: Int32Array;
  readonly ready: Int32Array;
  readonly readyBest: Int32Array;
  private readonly arrTrip: Int32Array;
  private readonly arrDay: Int32Array;
  private readonly arrBoard: Int32Array;
  private readonly arrAlight: Int32Array;
  private readonly arrSeg: Int32Array;
  private readonly readyFrom: Int32Array;
  /** Best target arrival with at most k trips (persisting across runs). */
  readonly targetBest: Int32Array;
  /** Target arrival found by the last run with exactly k trips, and at which target stop. */
  readonly runTargetArr: Int32Array;
  readonly runTargetStop: Int32Array;
  private readonly isTarget: Uint8Array;
  /** Per pattern: 1 if it goes through a target stop (scanned first in each round, see run). */
  private readonly patToTarget: Uint8Array;
  /** Lower bound on the time from each stop to a target (seconds), for pruning; 0 without targets. */
  private readonly lb: Int32Array;
  private readonly heap: Int32Array;
  private readonly heapPos: Int32Array;
  private targets: number[] = [];
  /** Whether `lb` holds the bounds of `targets` (false until the first reset). */
  private lbValid = false;
  private readonly marked: Int32Array;
  private readonly markedFlag: Uint8Array;
  private markedCount = 0;
  private readonly improved: Int32Array;
  private readonly improvedFlag: Uint8Array;
  private improvedCount = 0;
  private readonly patMark: Int32Array;
  private readonly patQueue: Int32Array;
  /**
   * Per pattern q, its first and last day index with a running trip: patDays[2q], patDays[2q + 1] (-1:
   * none; NOT_YET until looked at). Depends on the clock's days only, so kept per clock (see reset).
   */
  private patDays: Int16Array;
  private readonly daysByClock = new WeakMap<DayClock, Int16Array>();
  /**
   * Rounds 0 .. top - 1 have their labels (and best-so-far labels) maintained since the last reset: those
   * of the first run since then (0 before it). Smaller than `rounds` when queries ask fewer transfers
   * than allowed.
   */
  private top = 0;
  /** The last round of the current run (no trip-to-trip transfer is noted there). */
  private lastRound = 0;
  private clock: DayClock | null = null;
  /** The current run's FirstSearchBound, if any (null on indexes with through trains or trip-to-trip transfers). */
  private firstSearch: FirstSearchBound | null = null;
  /** Whether the index has neither through trains nor trip-to-trip transfers (FirstSearchBound needs that). */
  private readonly plain: boolean;
  private dayTrips: ActiveTrips[] = [];

  /** `maxTrips`: the most trips any query may use (maxTransfers + 1). */
  constructor(idx: RaptorIndex, services: Services, maxTrips: number) {
    this.idx = idx;
    this.rounds = maxTrips + 1;
    this.n = idx.stopCount;
    const n = this.n;
    this.active = services.active;
    this.svcDays = services.dayCount;
    const L = new Labels(n, this.rounds);
    this.labels = L;
    this.arr = L.arr;
    this.arrBest = L.arrBest;
    this.ready = L.ready;
    this.readyBest = L.readyBest;
    this.arrTrip = L.arrTrip;
    this.arrDay = L.arrDay;
    this.arrBoard = L.arrBoard;
    this.arrAlight = L.arrAlight;
    this.arrSeg = L.arrSeg;
    this.readyFrom = L.readyFrom;
    this.targetBest = new Int32Array(this.rounds).fill(INF);
    this.runTargetArr = new Int32Array(this.rounds).fill(INF);
    this.runTargetStop = new Int32Array(this.rounds).fill(-1);
    this.isTarget = new Uint8Array(n);
    this.patToTarget = new Uint8Array(idx.patternCount);
    this.lb = new Int32Array(n);
    this.heap = new Int32Array(n);
    this.heapPos = new Int32Array(n);
    this.marked = new Int32Array(n);
    this.markedFlag = new Uint8Array(n);
    this.improved = new Int32Array(n);
    this.improvedFlag = new Uint8Array(n);
    this.patMark = new Int32Array(idx.patternCount).fill(-1);
    this.patQueue = new Int32Array(idx.patternCount);
    this.patDays = new Int16Array(0);
    this.plain = hasNoTripLinks(idx);
  }

  /**
   * Clears the labels touched by earlier runs and sets up a new query: its clock, the running trips of
   * each of its day indexes (for this index's direction; always the same for the same clock, since
   * what they say about each pattern is kept per clock), its target stops, and `bound`, a search time
   * every target arrival must beat (INF for none).
   */
  reset(clock: DayClock, dayTrips: ActiveTrips[], targets: ArrayLike<number>, bound: number): void {
    this.dayTrips = dayTrips;
    // Which days a pattern runs on is the same for every query on this clock (dayTrips are its days'
    // running trips): found once per clock and pattern, not once per query.
    let days = this.daysByClock.get(clock);
    if (days === undefined) {
      days = new Int16Array(2 * this.idx.patternCount).fill(NOT_YET);
      this.daysByClock.set(clock, days);
    }
    this.patDays = days;
    this.labels.clear(this.top);
    this.top = 0;
    // The bounds depend on the targets only: kept when a query resets with the same ones again (the
    // tightening searches of depart-after and arrive-by, one per journey found).
    const same =
      this.lbValid &&
      targets.length === this.targets.length &&
      this.targets.every((s, i) => s === targets[i]);
    if (!same) {
      this.markTargets(0);
      this.targets = Array.from(targets);
      this.markTargets(1);
      lowerBounds(this.idx, this.targets, this.lb, this.heap, this.heapPos);
      this.lbValid = true;
    }
    this.targetBest.fill(bound);
    this.clock = clock;
  }

  /** Sets isTarget of the current targets, and patToTarget of the patterns through them, to v. */
  private markTargets(v: 0 | 1): void {
    const { stopPatStart, stopPatPattern } = this.idx;
    for (const s of this.targets) {
      this.isTarget[s] = v;
      for (let e = stopPatStart[s]; e < stopPatStart[s + 1]; e++) this.patToTarget[stopPatPattern[e]] = v;
    }
  }

  /**
   * One RAPTOR run from `p.sources` at `p.time` for up to `maxTrips` rounds; labels only improve. Runs
   * between two resets must not ask for more trips than the first of them.
   */
  run(p: RunParams, maxTrips: number): void {
    const n = this.n;
    const last = Math.min(maxTrips, this.rounds - 1);
    // Best-so-far labels are kept for the rounds the first run since the reset uses, not all the search
    // allows. Later runs keep its labels (rRAPTOR), which is only right with as many rounds or fewer.
    if (this.top === 0) this.top = last + 1;
    else if (last + 1 > this.top)
      throw new Error(`run with ${last} trips after a run with ${this.top - 1} since the last reset`);
    this.firstSearch = this.plain ? (p.firstSearch ?? null) : null;
    this.runTargetArr.fill(INF);
    this.runTargetStop.fill(-1);
    this.markedCount = 0;
    this.labels.clearSegments();
    for (let i = 0; i < p.sources.length; i++) this.relaxReady(0, p.sources[i], p.time, -1);
    // Trip-to-trip transfers taken in the previous round: boarded in this one.
    let spFrom = 0;
    let spTo = 0;
    this.lastRound = last;
    for (let k = 1; k <= last && (this.markedCount > 0 || spTo > spFrom); k++) {
      // Collect the patterns through stops marked in the previous round, from their earliest marked stop.
      let queued = 0;
      const idx = this.idx;
      // Locals for the arrays of this loop: it visits every pattern of every marked stop.
      const { stopPatStart, stopPatPattern, stopPatPos } = idx;
      const { marked, markedFlag, patDays, patMark, patQueue } = this;
      for (let i = 0; i < this.markedCount; i++) {
        const s = marked[i];
        markedFlag[s] = 0;
        const end = stopPatStart[s + 1];
        for (let e = stopPatStart[s]; e < end; e++) {
          const q = stopPatPattern[e];
          let lo = patDays[2 * q];
          if (lo === NOT_YET) lo = this.runningDays(q);
          if (lo < 0) continue;
          const pos = stopPatPos[e];
          const m = patMark[q];
          if (m < 0) {
            patQueue[queued++] = q;
            patMark[q] = pos;
          } else if (pos < m) patMark[q] = pos;
        }
      }
      this.markedCount = 0;
      this.improvedCount = 0;
      const segFirst = this.labels.segTrip.length;
      const spFirst = this.labels.spRule.length;
      // Patterns to a target first: the target arrivals they find prune the rest of the round.
      for (let i = 0, f = 0; i < queued; i++) {
        const q = patQueue[i];
        if (this.patToTarget[q] === 1) {
          patQueue[i] = patQueue[f];
          patQueue[f++] = q;
        }
      }
      for (let i = 0; i < queued; i++) {
        const q = this.patQueue[i];
        this.scanPattern(k, q, this.patMark[q], k === 1 ? p.firstBoardLimit : INF);
        this.patMark[q] = -1;
      }
      this.scanSpecials(k, spFrom, spTo);
      spFrom = spFirst;
      spTo = this.labels.spRule.length;
      this.scanContinuations(k, segFirst);
      if (k === last) break;
      for (let i = 0; i < this.improvedCount; i++) {
        const s = this.improved[i];
        this.improvedFlag[s] = 0;
        const t = this.arr[k * n + s];
        const self = idx.selfTransfer[s];
        if (self !== -2) this.relaxReady(k, s, t + (self < 0 ? p.minTransfer : self), s);
        for (let e = idx.fpStart[s]; e < idx.fpStart[s + 1]; e++) {
          const d = idx.fpDur[e];
          this.relaxReady(k, idx.fpTo[e], t + (d < 0 ? p.minTransfer : d), s);
        }
      }
    }
    for (let i = 0; i < this.improvedCount; i++) this.improvedFlag[this.improved[i]] = 0;
    this.improvedCount = 0;
    for (let i = 0; i < this.markedCount; i++) this.markedFlag[this.marked[i]] = 0;
    this.markedCount = 0;
  }

  private relaxReady(k: number, s: number, t: number, from: number): void {
    const n = this.n;
    const x = k * n + s;
    if (t >= this.readyBest[x]) return;
    if (k + 1 < this.rounds && t + this.lb[s] >= this.targetBest[k + 1]) return;
    this.ready[x] = t;
    this.readyFrom[x] = from;
    // The sources' label (k = 0) serves round 1 only: boarding there in a later round would be a
    // first trip that escapes round 1's departure limit.
    const top = k === 0 ? 1 : this.top;
    for (let j = k; j < top; j++) {
      const y = j * n + s;
      if (t < this.readyBest[y]) this.readyBest[y] = t;
      else break;
    }
    this.labels.touch(s);
    if (!this.markedFlag[s]) {
      this.markedFlag[s] = 1;
      this.marked[this.markedCount++] = s;
    }
  }

  private setArr(
    k: number,
    s: number,
    t: number,
    g: number,
    di: number,
    board: number,
    alight: number,
    seg: number,
  ) {
    const n = this.n;
    const x = k * n + s;
    this.arr[x] = t;
    this.arrTrip[x] = g;
    this.arrDay[x] = di;
    this.arrBoard[x] = board;
    this.arrAlight[x] = alight;
    this.arrSeg[x] = seg;
    for (let j = k; j < this.top; j++) {
      const y = j * n + s;
      if (t < this.arrBest[y]) this.arrBest[y] = t;
      else break;
    }
    this.labels.touch(s);
    if (!this.improvedFlag[s]) {
      this.improvedFlag[s] = 1;
      this.improved[this.improvedCount++] = s;
    }
    if (this.isTarget[s]) {
      if (t < this.runTargetArr[k]) {
        this.runTargetArr[k] = t;
        this.runTargetStop[k] = s;
      }
      for (let j = k; j < this.rounds; j++) if (t < this.targetBest[j]) this.targetBest[j] = t;
    }
  }

  /**
   * With a FirstSearchBound: whether the first search reaches stop s in time for a label at search time
   * t with k trips (see FirstSearchBound).
   */
  private firstSearchReaches(k: number, s: number, t: number): boolean {
    const F = this.firstSearch!;
    const m = F.trips - k;
    // With no trips left for the first search, s must be one of its sources: the target bound checks that.
    if (m < 1 || this.isTarget[s] === 1) return true;
    return -t >= Math.min(F.readyBest[m * this.n + s], F.firstBoardLimit + 1 + this.lb[s]);
  }

  /** Scans pattern q from position `start` in round k (boarding uses round k-1 labels). */
  private scanPattern(k: number, q: number, start: number, boardLimit: number): void {
    // Typed arrays in locals and literal flag bits: this is the hot loop.
    const idx = this.idx;
    const patStops = idx.patStops;
    const patFlags = idx.patFlags;
    const tArr = idx.tArr;
    const tDep = idx.tDep;
    const readyBest = this.readyBest;
    const arrBest = this.arrBest;
    const lb = this.lb;
    const offsets = this.clock!.offsets;
    const ps = idx.patStopStart[q];
    const len = idx.patStopStart[q + 1] - ps;
    const ts = idx.patTimeStart[q];
    const tripBase = idx.patTripStart[q];
    const dayCount = this.clock!.dayCount;
    const zoneBase = idx.patZone[q] * dayCount;
    const posMinDep = idx.posMinDep;
    const posMaxDep = idx.posMaxDep;
    const prev = (k - 1) * this.n;
    const cur = k * this.n;
    const limit = boardLimit + 1;
    let j = -1;
    let x = -1;
    let first = 0;
    let list: Int32Array | null = null;
    let row = 0;
    let di = -1;
    let off = 0;
    let board = -1;
    let bound = this.targetBest[k];
    // Trip-to-trip transfer rules of the trip ridden (RaptorIndex.sp*), spA == spB when none.
    let spA = 0;
    let spB = 0;
    for (let i = start; i < len; i++) {
      const s = patStops[ps + i];
      const fl = patFlags[ps + i];
      if (j >= 0 && (fl & 2) !== 0) {
        const t = tArr[row + i] + off;
        // Target pruning with a lower bound on the rest of the way (A*-like, exact).
        if (
          t + lb[s] < bound &&
          t < arrBest[cur + s] &&
          (this.firstSearch === null || this.firstSearchReaches(k, s, t))
        ) {
          this.setArr(k, s, t, tripBase + j, di, board, i, -1);
          bound = this.targetBest[k];
        }
        if (spA < spB) this.noteSpecials(k, s, t, spA, spB, tripBase + j, di, board, i);
      }
      if ((fl & 1) !== 0) {
        const r = readyBest[prev + s];
        if (r < INF) {
          const curDep = j >= 0 ? tDep[row + i] + off : INF;
          // A trip boarded here must leave before the one ridden, and (with the lower bound on the rest
          // of the way) before the best target arrival `bound`.
          const before = Math.min(curDep, limit, bound - lb[s]);
          // Worth a search only if an earlier instance may exist: the previous running trip of the
          // same day, or one of an earlier day (overnight trips) or of the day after (DST).
          const found =
            r < before &&
            (j < 0 ||
              (x > first && tDep[ts + list![x - 1] * len + i] + off >= r) ||
              (di > 0 &&
                offsets[zoneBase + di - 1] + posMaxDep[ps + i] >= r &&
                this.earlierDayReaches(q, i, di, r)) ||
              (di + 1 < dayCount && offsets[zoneBase + di + 1] + posMinDep[ps + i] < curDep))
              ? findTrip(
                  idx,
                  this.dayTrips,
                  offsets,
                  dayCount,
                  this.patDays[2 * q],
                  this.patDays[2 * q + 1],
                  q,
                  i,
                  r,
                  before,
                  x,
                  di,
                )
              : -1;
          if (found >= 0) {
            // The trip given up may still continue as a through train, or have trip-to-trip transfers
            // further on, where the new one does not.
            if (j >= 0) {
              this.maybeContinue(idx.patTrips[tripBase + j], di, board);
              for (let i2 = i + 1; i2 < len && spA < spB; i2++) {
                if ((patFlags[ps + i2] & 2) !== 0) {
                  const s2 = patStops[ps + i2];
                  this.noteSpecials(k, s2, tArr[row + i2] + off, spA, spB, tripBase + j, di, board, i2);
                }
              }
            }
            di = found % FOUND_DAYS;
            const at = this.dayTrips[di];
            list = at.trips;
            first = at.start[q];
            x = (found - di) / FOUND_DAYS;
            j = list[x];
            row = ts + j * len;
            off = offsets[zoneBase + di];
            board = i;
            const trip = idx.patTrips[tripBase + j];
            spA = idx.spStart[trip];
            spB = idx.spStart[trip + 1];
          }
        }
      }
    }
    if (j >= 0) {
      this.maybeContinue(idx.patTrips[tripBase + j], di, board);
      if (idx.patContStart[q + 1] > idx.patContStart[q])
        this.laterContinuations(k, q, j, di, board, tDep[row + board] + off, limit);
    }
  }

  /**
   * Through trains of the later trips of a pattern. The scan rides the earliest catchable trip, and a
   * later one departs later at every stop, so its own arrivals never matter; but it may stay seated
   * into its block's next trip where the earliest does not. Every running instance of the pattern's
   * trips with a continuation that leaves the boarding position `board` at or after `dep` (the ridden
   * instance's departure, so it is catchable there too), before `limit` and not after the round's
   * target bound, gets its continuation queued like the ridden trip's.
   */
  private laterContinuations(
    k: number,
    q: number,
    j: number,
    di: number,
    board: number,
    dep: number,
    limit: number,
  ): void {
    const idx = this.idx;
    const clock = this.clock!;
    const len = idx.patStopStart[q + 1] - idx.patStopStart[q];
    const ts = idx.patTimeStart[q];
    const tripBase = idx.patTripStart[q];
    const zoneBase = idx.patZone[q] * clock.dayCount;
    const bound = this.targetBest[k];
    for (let c = idx.patContStart[q]; c < idx.patContStart[q + 1]; c++) {
      const jj = idx.patContLocal[c];
      const svc = idx.patService[tripBase + jj];
      for (let d = this.patDays[2 * q]; d <= this.patDays[2 * q + 1]; d++) {
        if ((jj === j && d === di) || !this.serviceRuns(svc, d)) continue;
        const off = clock.offsets[zoneBase + d];
        const t = idx.tDep[ts + jj * len + board] + off;
        if (t < dep || t >= limit) continue;
        // Its continuation arrives after it reaches the pattern's end.
        if (idx.tArr[ts + jj * len + len - 1] + off >= bound) continue;
        this.maybeContinue(idx.patTrips[tripBase + jj], d, board);
      }
    }
  }

  /**
   * Notes the trip-to-trip transfers (rules spA..spB of the trip ridden) that leave at stop s, where the
   * ride (pattern trip g, day index di, from position board to alight) arrives at t; they are boarded
   * in round k + 1 by scanSpecials.
   */
  private noteSpecials(
    k: number,
    s: number,
    t: number,
    spA: number,
    spB: number,
    g: number,
    di: number,
    board: number,
    alight: number,
  ): void {
    if (k >= this.lastRound) return;
    const idx = this.idx;
    for (let e = spA; e < spB; e++) {
      if (idx.spAtStop[e] !== s) continue;
      const ready = t + idx.spTime[e];
      if (ready + this.lb[idx.spToStop[e]] >= this.targetBest[k + 1]) continue;
      this.labels.pushSpecial(e, ready, g, di, board, alight);
    }
  }

  /**
   * Boards the trip-to-trip transfers noted in round k - 1 (pool entries from..to): the earliest running
   * instance of the rule's trip leaving its stop at or after the ready time, ridden to its end. Rides
   * boarded this way neither continue as through trains nor take further trip-to-trip transfers.
   */
  private scanSpecials(k: number, from: number, to: number): void {
    const idx = this.idx;
    const L = this.labels;
    const clock = this.clock!;
    const cur = k * this.n;
    for (let x = from; x < to; x++) {
      const e = L.spRule[x];
      const ready = L.spReady[x];
      const trip = idx.spToTrip[e];
      const q = idx.tripPattern[trip];
      if (q < 0) continue;
      const ps = idx.patStopStart[q];
      const len = idx.patStopStart[q + 1] - ps;
      let pos = 0;
      while (pos < len - 1 && !(idx.patStops[ps + pos] === idx.spToStop[e] && idx.patFlags[ps + pos] & 1))
        pos++;
      if (pos >= len - 1) continue;
      const g = idx.patTripStart[q] + idx.tripLocal[trip];
      const base = idx.patTimeStart[q] + idx.tripLocal[trip] * len;
      const svc = idx.patService[g];
      let day = -1;
      let off = 0;
      for (let d = 0; d < clock.dayCount; d++) {
        const o = clock.offsets[idx.patZone[q] * clock.dayCount + d];
        if (!this.serviceRuns(svc, d) || idx.tDep[base + pos] + o < ready) continue;
        day = d;
        off = o;
        break;
      }
      if (day < 0) continue;
      for (let i = pos + 1; i < len; i++) {
        const s = idx.patStops[ps + i];
        if (!(idx.patFlags[ps + i] & ALIGHT)) continue;
        const t = idx.tArr[base + i] + off;
        if (t < this.arrBest[cur + s] && t + this.lb[s] < this.targetBest[k])
          this.setArr(k, s, t, g, day, pos, i, -2 - x);
      }
    }
  }

  /**
   * Whether a running trip of pattern q on a day index before `di` leaves position i at or after the
   * search time r. Days are looked at backwards while their latest possible departure there
   * (posMaxDep) still reaches r; a day's latest running trip is its latest departure (FIFO).
   */
  private earlierDayReaches(q: number, i: number, di: number, r: number): boolean {
    const idx = this.idx;
    const offsets = this.clock!.offsets;
    const zoneBase = idx.patZone[q] * this.clock!.dayCount;
    const p = idx.patStopStart[q];
    const maxDep = idx.posMaxDep[p + i];
    const len = idx.patStopStart[q + 1] - p;
    const ts = idx.patTimeStart[q];
    const lo = this.patDays[2 * q];
    for (let d = di - 1; d >= lo; d--) {
      const off = offsets[zoneBase + d];
      if (off + maxDep < r) return false;
      const at = this.dayTrips[d];
      const end = at.start[q + 1];
      if (end > at.start[q] && idx.tDep[ts + at.trips[end - 1] * len + i] + off >= r) return true;
    }
    return false;
  }

  /** Queues the through-train continuation of a trip ridden from `board` to its end, if it has one. */
  private maybeContinue(trip: number, di: number, board: number): void {
    if (this.idx.contStart[trip + 1] > this.idx.contStart[trip]) this.labels.pushSeg(trip, di, board, -1, 0);
  }

  /** Whether service `svc` runs on day index d of the query's clock. */
  private serviceRuns(svc: number, d: number): boolean {
    const col = this.clock!.serviceDay[d];
    return col >= 0 && this.active[svc * this.svcDays + col] === 1;
  }

  /** Whether trip t (with a pattern) runs on day index d of the query's clock. */
  private tripRunsOn(t: number, d: number): boolean {
    const idx = this.idx;
    const q = idx.tripPattern[t];
    return q >= 0 && this.serviceRuns(idx.patService[idx.patTripStart[q] + idx.tripLocal[t]], d);
  }

  /** Finds pattern q's first and last day index with running trips (patDays); returns the first. */
  private runningDays(q: number): number {
    // From both ends, so a pattern running every day costs two looks rather than one per day.
    const days = this.dayTrips;
    let lo = 0;
    while (lo < days.length && days[lo].start[q + 1] === days[lo].start[q]) lo++;
    let hi = days.length - 1;
    if (lo === days.length) lo = hi = -1;
    else while (days[hi].start[q + 1] === days[hi].start[q]) hi--;
    this.patDays[2 * q] = lo;
    this.patDays[2 * q + 1] = hi;
    return lo;
  }

  /** Rides on through trains: after a trip of a block ends, stay seated into the block's next trip. */
  private scanContinuations(k: number, first: number): void {
    const idx = this.idx;
    const cur = k * this.n;
    for (let x = first; x < this.labels.segTrip.length; x++) {
      const trip = this.labels.segTrip[x];
      const di = this.labels.segDay[x];
      if (this.labels.segDepth[x] >= 16) continue;
      for (let e = idx.contStart[trip]; e < idx.contStart[trip + 1]; e++) {
        const next = idx.contTrips[e];
        if (!this.tripRunsOn(next, di)) continue;
        // Forward: the vehicle goes on as the first running successor only. Reverse: every running
        // predecessor whose vehicle goes on as this trip (no trip of its own runs first), as forward
        // each of them does; a block whose trips do not chain up (two trips ending where this one
        // starts) has several.
        let blocked = false;
        for (let b = idx.contBlockStart[e]; b < idx.contBlockStart[e + 1] && !blocked; b++)
          blocked = this.tripRunsOn(idx.contBlockTrips[b], di);
        if (!blocked) this.rideContinuation(k, x, next, di, cur);
        if (!idx.reverse) break;
      }
    }
  }

  /** Rides trip `next` (day index di) from its start as the continuation of segment x, in round k. */
  private rideContinuation(k: number, x: number, next: number, di: number, cur: number): void {
    const idx = this.idx;
    const clock = this.clock!;
    const q = idx.tripPattern[next];
    const ps = idx.patStopStart[q];
    const len = idx.patStopStart[q + 1] - ps;
    const j = idx.tripLocal[next];
    const base = idx.patTimeStart[q] + j * len;
    const off = clock.offsets[idx.patZone[q] * clock.dayCount + di];
    for (let i = 1; i < len; i++) {
      const s = idx.patStops[ps + i];
      if (!(idx.patFlags[ps + i] & ALIGHT)) continue;
      const t = idx.tArr[base + i] + off;
      if (t < this.arrBest[cur + s] && t + this.lb[s] < this.targetBest[k]) {
        this.setArr(k, s, t, idx.patTripStart[q] + j, di, 0, i, x);
      }
    }
    if (idx.contStart[next + 1] > idx.contStart[next])
      this.labels.pushSeg(next, di, 0, x, this.labels.segDepth[x] + 1);
  }

  /**
   * The path to `stop` with exactly k trips as found by the last run, in search order (source first).
   * Returns null when there is no such label.
   */
  path(k: number, stop: number): SearchPath | null {
    return readPath(this.idx, this.labels, k, stop);
  }
}
