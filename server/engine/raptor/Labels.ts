/** "Unreached" in search time (larger is always worse, in both directions). */
export const INF = 0x3fffffff;

/**
 * The per-round labels of one RAPTOR search, as flat Int32Arrays indexed by `k * stopCount + stop`
 * (k = number of trips), with their parent pointers for path reading, and the pool of through-train
 * segments. Allocated once; `clear` resets only the stops touched since the last clear.
 */
export class Labels {
  readonly rounds: number;
  readonly n: number;
  /** Arrival by train with exactly k trips (search time). */
  readonly arr: Int32Array;
  /** Best arrival with at most k trips. */
  readonly arrBest: Int32Array;
  /** Earliest time one can board at a stop after exactly k trips (k = 0: the sources). */
  readonly ready: Int32Array;
  /** Best of `ready` over rounds 1..k (round 0 only for k = 0): what round k + 1 boards from. */
  readonly readyBest: Int32Array;
  /** Parent of arr: pattern-trip index (into RaptorIndex.patTrips), day index, board/alight position. */
  readonly arrTrip: Int32Array;
  readonly arrDay: Int32Array;
  readonly arrBoard: Int32Array;
  readonly arrAlight: Int32Array;
  /**
   * Through-train segment the ride continues (index into seg*), -1 for an ordinary ride, <= -2 for a
   * ride boarded by a trip-to-trip transfer (index -2 - arrSeg into sp*).
   */
  readonly arrSeg: Int32Array;
  /** Parent of ready: the stop whose arrival it comes from (itself for a same-stop transfer), -1 at a source. */
  readonly readyFrom: Int32Array;
  /** Through-train segments of the current run: trip ridden from `segBoard` to its end, on day index `segDay`. */
  readonly segTrip: number[] = [];
  readonly segDay: number[] = [];
  readonly segBoard: number[] = [];
  readonly segPrev: number[] = [];
  readonly segDepth: number[] = [];
  /**
   * Trip-to-trip transfers found by the current run: rule e (RaptorIndex.sp*) taken after riding the
   * pattern trip spXTrip on day index spXDay from position spXBoard to spXAlight, ready to board at
   * spReady; the ride that follows is labelled with arrSeg = -2 - (index in this pool).
   */
  readonly spRule: number[] = [];
  readonly spReady: number[] = [];
  readonly spXTrip: number[] = [];
  readonly spXDay: number[] = [];
  readonly spXBoard: number[] = [];
  readonly spXAlight: number[] = [];
  private readonly touched: Int32Array;
  private readonly touchedFlag: Uint8Array;
  private touchedCount = 0;

  constructor(stopCount: number, rounds: number) {
    this.n = stopCount;
    this.rounds = rounds;
    const size = rounds * stopCount;
    this.arr = new Int32Array(size).fill(INF);
    this.arrBest = new Int32Array(size).fill(INF);
    this.ready = new Int32Array(size).fill(INF);
    this.readyBest = new Int32Array(size).fill(INF);
    this.arrTrip = new Int32Array(size);
    this.arrDay = new Int32Array(size);
    this.arrBoard = new Int32Array(size);
    this.arrAlight = new Int32Array(size);
    this.arrSeg = new Int32Array(size);
    this.readyFrom = new Int32Array(size);
    this.touched = new Int32Array(stopCount);
    this.touchedFlag = new Uint8Array(stopCount);
  }

  /** Records that stop s has labels to reset. */
  touch(s: number): void {
    if (!this.touchedFlag[s]) {
      this.touchedFlag[s] = 1;
      this.touched[this.touchedCount++] = s;
    }
  }

  /** Resets the labels of rounds 0 .. rounds - 1 (default: all) of the touched stops to INF. */
  clear(rounds = this.rounds): void {
    const { n } = this;
    for (let i = 0; i < this.touchedCount; i++) {
      const s = this.touched[i];
      this.touchedFlag[s] = 0;
      for (let k = 0; k < rounds; k++) {
        const x = k * n + s;
        this.arr[x] = INF;
        this.arrBest[x] = INF;
        this.ready[x] = INF;
        this.readyBest[x] = INF;
      }
    }
    this.touchedCount = 0;
  }

  /** Empties the segment pool (at the start of a run). */
  clearSegments(): void {
    this.segTrip.length = this.segDay.length = this.segBoard.length = this.segPrev.length = 0;
    this.segDepth.length = 0;
    this.spRule.length = this.spReady.length = this.spXTrip.length = this.spXDay.length = 0;
    this.spXBoard.length = this.spXAlight.length = 0;
  }

  /** Adds a trip-to-trip transfer taken (see spRule); returns its index. */
  pushSpecial(
    rule: number,
    ready: number,
    xTrip: number,
    xDay: number,
    xBoard: number,
    xAlight: number,
  ): number {
    this.spRule.push(rule);
    this.spReady.push(ready);
    this.spXTrip.push(xTrip);
    this.spXDay.push(xDay);
    this.spXBoard.push(xBoard);
    this.spXAlight.push(xAlight);
    return this.spRule.length - 1;
  }

  /** Adds a through-train segment; returns its index. */
  pushSeg(trip: number, day: number, board: number, prev: number, depth: number): number {
    this.segTrip.push(trip);
    this.segDay.push(day);
    this.segBoard.push(board);
    this.segPrev.push(prev);
    this.segDepth.push(depth);
    return this.segTrip.length - 1;
  }
}
