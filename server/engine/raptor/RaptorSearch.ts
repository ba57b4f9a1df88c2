import type { DayClock } from '../time/DayClock.ts';
import type { ActiveTrips } from './ActiveTrips.ts';
import { INF } from './Labels.ts';
import { lowerBounds } from './lowerBounds.ts';
import type { RunParams, SearchEnds } from './RunParams.ts';
import { readPath } from './readPath.ts';
import type { SearchPath } from './SearchPath.ts';
import { NOT_YET, SearchState } from './SearchState.ts';
import { scanPattern } from './scanPattern.ts';
import { scanContinuations, scanSpecials } from './tripLinks.ts';

export type { FirstSearchBound, RunParams, SearchEnds } from './RunParams.ts';

/**
 * The RAPTOR kernel (Delling et al., "Round-Based Public Transit Routing"), direction-agnostic: run on
 * the forward index it computes earliest arrivals; on the reverse index (negated times), latest
 * departures. Round k uses exactly k trips. Labels persist between `run` calls until `reset`, which
 * gives rRAPTOR for range queries. All state lives in typed arrays allocated once and reset only
 * where touched.
 */
export class RaptorSearch extends SearchState {
  /**
   * Clears the labels touched by earlier runs and sets up a new query: its clock, the running trips of
   * each of its day indexes (for this index's direction; always the same for the same clock, since
   * what they say about each pattern is kept per clock), its target stops, and `bound`, a search time
   * every target arrival must beat (INF for none), and what the query's ends add (SearchEnds).
   */
  reset(
    clock: DayClock,
    dayTrips: ActiveTrips[],
    targets: ArrayLike<number>,
    bound: number,
    ends: SearchEnds = {},
  ): void {
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
    const offsets = ends.targetOffsets;
    const same =
      this.lbValid &&
      targets.length === this.targets.length &&
      this.targets.every((s, i) => s === targets[i] && this.egress[s] === (offsets?.[i] ?? 0));
    if (!same) {
      this.markTargets(0);
      this.targets = Array.from(targets);
      this.markTargets(1);
      for (let i = 0; i < targets.length; i++) this.egress[targets[i]] = offsets?.[i] ?? 0;
      lowerBounds(this.idx, this.targets, this.lb, this.heap, this.heapPos, offsets);
      this.lbValid = true;
    }
    for (const s of this.noBoardList) this.noBoard[s] = 0;
    this.noBoardList = ends.noReboard ? Array.from(ends.noReboard) : [];
    for (const s of this.noBoardList) this.noBoard[s] = 1;
    this.targetBest.fill(bound);
    this.clock = clock;
  }

  /** Sets isTarget of the current targets, and patToTarget of the patterns through them, to v. */
  private markTargets(v: 0 | 1): void {
    const { stopPatStart, stopPatPattern } = this.idx;
    for (const s of this.targets) {
      this.isTarget[s] = v;
      if (v === 0) this.egress[s] = 0;
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
    const times = p.sourceTimes;
    let maxLimit = p.firstBoardLimit;
    for (let i = 0; i < p.sources.length; i++) {
      const s = p.sources[i];
      const t = times ? times[i] : p.time;
      // A source reached later (its walk) may take its first train that much later.
      const limit = Math.min(INF, p.firstBoardLimit + (t - p.time));
      this.firstLimit[s] = limit;
      if (limit > maxLimit) maxLimit = limit;
      this.relaxReady(0, s, t, -1);
    }
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
        scanPattern(this, k, q, this.patMark[q], k === 1 ? maxLimit : INF);
        this.patMark[q] = -1;
      }
      scanSpecials(this, k, spFrom, spTo);
      spFrom = spFirst;
      spTo = this.labels.spRule.length;
      scanContinuations(this, k, segFirst);
      if (k === last) break;
      for (let i = 0; i < this.improvedCount; i++) {
        const s = this.improved[i];
        this.improvedFlag[s] = 0;
        // Reverse, an arrival is a boarding in real time: at a no-reboard stop it must be the journey's
        // first, so nothing may come before it (nothing follows it in this search).
        if (idx.reverse && this.noBoard[s] === 1) continue;
        const t = this.arr[k * n + s];
        const self = idx.selfTransfer[s];
        if (self !== -2) this.relaxReady(k, s, t + (self < 0 ? p.minTransfer : self), s);
        for (let e = idx.fpStart[s]; e < idx.fpStart[s + 1]; e++) {
          const d = idx.fpDur[e];
          const w = idx.fpWalk[e];
          this.relaxReady(k, idx.fpTo[e], t + (d >= 0 ? d : Math.max(w, p.minTransfer)), s);
        }
      }
    }
    for (let i = 0; i < this.improvedCount; i++) this.improvedFlag[this.improved[i]] = 0;
    this.improvedCount = 0;
    for (let i = 0; i < this.markedCount; i++) this.markedFlag[this.marked[i]] = 0;
    this.markedCount = 0;
  }

  /**
   * The path to `stop` with exactly k trips as found by the last run, in search order (source first).
   * Returns null when there is no such label.
   */
  path(k: number, stop: number): SearchPath | null {
    return readPath(this.idx, this.labels, k, stop);
  }
}
