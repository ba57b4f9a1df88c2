import type { Services } from '../../timetable/Timetable.ts';
import type { DayClock } from '../time/DayClock.ts';
import type { ActiveTrips } from './ActiveTrips.ts';
import { INF, Labels } from './Labels.ts';
import { hasNoTripLinks, type RaptorIndex } from './RaptorIndex.ts';
import type { FirstSearchBound } from './RunParams.ts';

/** patDays before a pattern's running days are looked up. */
export const NOT_YET = -2;

/**
 * The state of one RAPTOR search (see RaptorSearch): the labels and their aliases, the marked and
 * improved stops, the targets and their lower bounds, the current query's clock and running trips, and
 * the label updates every part of the kernel shares. All arrays are allocated once and reset only where
 * touched. Its fields are for the kernel's files in this folder (RaptorSearch, scanPattern, tripLinks).
 */
export class SearchState {
  readonly idx: RaptorIndex;
  readonly rounds: number;
  readonly n: number;
  readonly active: Uint8Array;
  readonly svcDays: number;
  /** The labels; the arrays below are aliases of its arrays (kept as fields for the hot loops). */
  readonly labels: Labels;
  readonly arr: Int32Array;
  readonly arrBest: Int32Array;
  readonly ready: Int32Array;
  readonly readyBest: Int32Array;
  readonly arrTrip: Int32Array;
  readonly arrDay: Int32Array;
  readonly arrBoard: Int32Array;
  readonly arrAlight: Int32Array;
  readonly arrSeg: Int32Array;
  readonly readyFrom: Int32Array;
  /** Best target arrival with at most k trips (persisting across runs). */
  readonly targetBest: Int32Array;
  /** Target arrival found by the last run with exactly k trips, and at which target stop. */
  readonly runTargetArr: Int32Array;
  readonly runTargetStop: Int32Array;
  readonly isTarget: Uint8Array;
  /** Per stop: the time from it to the query's end when it is a target (SearchEnds.targetOffsets), else 0. */
  readonly egress: Int32Array;
  /** Per stop: 1 where no trip may be boarded after the first (SearchEnds.noReboard). */
  readonly noBoard: Uint8Array;
  /** Per source of the current run: the latest departure of a first train there (RunParams.firstBoardLimit). */
  readonly firstLimit: Int32Array;
  noBoardList: number[] = [];

  /** Per pattern: 1 if it goes through a target stop (scanned first in each round, see run). */
  readonly patToTarget: Uint8Array;
  /** Lower bound on the time from each stop to a target (seconds), for pruning; 0 without targets. */
  readonly lb: Int32Array;
  readonly heap: Int32Array;
  readonly heapPos: Int32Array;
  targets: number[] = [];
  /** Whether `lb` holds the bounds of `targets` (false until the first reset). */
  lbValid = false;
  readonly marked: Int32Array;
  readonly markedFlag: Uint8Array;
  markedCount = 0;
  readonly improved: Int32Array;
  readonly improvedFlag: Uint8Array;
  improvedCount = 0;
  readonly patMark: Int32Array;
  readonly patQueue: Int32Array;
  /**
   * Per pattern q, its first and last day index with a running trip: patDays[2q], patDays[2q + 1] (-1:
   * none; NOT_YET until looked at). Depends on the clock's days only, so kept per clock (see reset).
   */
  patDays: Int16Array;
  readonly daysByClock = new WeakMap<DayClock, Int16Array>();
  /**
   * Rounds 0 .. top - 1 have their labels (and best-so-far labels) maintained since the last reset: those
   * of the first run since then (0 before it). Smaller than `rounds` when queries ask fewer transfers
   * than allowed.
   */
  top = 0;
  /** The last round of the current run (no trip-to-trip transfer is noted there). */
  lastRound = 0;
  clock: DayClock | null = null;
  /** The current run's FirstSearchBound, if any (null on indexes with through trains or trip-to-trip transfers). */
  firstSearch: FirstSearchBound | null = null;
  /** Whether the index has neither through trains nor trip-to-trip transfers (FirstSearchBound needs that). */
  readonly plain: boolean;
  dayTrips: ActiveTrips[] = [];

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
    this.egress = new Int32Array(n);
    this.noBoard = new Uint8Array(n);
    this.firstLimit = new Int32Array(n);

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

  relaxReady(k: number, s: number, t: number, from: number): void {
    const n = this.n;
    const x = k * n + s;
    if (t >= this.readyBest[x]) return;
    // Forward, boarding after the first trip means a ready label there (reverse: see RaptorSearch.run).
    if (k > 0 && this.noBoard[s] === 1 && !this.idx.reverse) return;
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

  setArr(k: number, s: number, t: number, g: number, di: number, board: number, alight: number, seg: number) {
    const n = this.n;
    const x = k * n + s;
    const target = this.isTarget[s] === 1;
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
    if (target) {
      const end = t + this.egress[s];
      if (end < this.runTargetArr[k]) {
        this.runTargetArr[k] = end;
        this.runTargetStop[k] = s;
      }
      for (let j = k; j < this.rounds; j++) if (end < this.targetBest[j]) this.targetBest[j] = end;
    }
  }

  /**
   * With a FirstSearchBound: whether the first search reaches stop s in time for a label at search time
   * t with k trips (see FirstSearchBound).
   */
  firstSearchReaches(k: number, s: number, t: number): boolean {
    const F = this.firstSearch!;
    const m = F.trips - k;
    // With no trips left for the first search, s must be one of its sources: the target bound checks that.
    if (m < 1 || this.isTarget[s] === 1) return true;
    return -t >= Math.min(F.readyBest[m * this.n + s], F.firstBoardLimit + 1 + this.lb[s]);
  }

  /** Queues the through-train continuation of a trip ridden from `board` to its end, if it has one. */
  maybeContinue(trip: number, di: number, board: number): void {
    if (this.idx.contStart[trip + 1] > this.idx.contStart[trip]) this.labels.pushSeg(trip, di, board, -1, 0);
  }

  /** Whether service `svc` runs on day index d of the query's clock. */
  serviceRuns(svc: number, d: number): boolean {
    const col = this.clock!.serviceDay[d];
    return col >= 0 && this.active[svc * this.svcDays + col] === 1;
  }

  /** Whether trip t (with a pattern) runs on day index d of the query's clock. */
  tripRunsOn(t: number, d: number): boolean {
    const idx = this.idx;
    const q = idx.tripPattern[t];
    return q >= 0 && this.serviceRuns(idx.patService[idx.patTripStart[q] + idx.tripLocal[t]], d);
  }

  /** Finds pattern q's first and last day index with running trips (patDays); returns the first. */
  runningDays(q: number): number {
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
}
