import type { StopIdx } from '../../timetable/Timetable.ts';
import { buildJourney } from '../journey/buildJourney.ts';
import type { Journey } from '../journey/Journey.ts';
import { toRealPath } from '../journey/RealPath.ts';
import { INF } from '../raptor/Labels.ts';
import { pathStartTime } from '../raptor/pathStartTime.ts';
import { bestRound } from './bestRound.ts';
import { paretoByTransfers } from './paretoByTransfers.ts';
import type { QueryContext } from './QueryContext.ts';

/**
 * Depart-after: for each number of transfers the earliest arrival (first train boarded within 24 h
 * of the query time), keeping the Pareto set in (arrival, transfers). Each journey is then tightened
 * to the latest departure that still makes its arrival, by a reverse search from that arrival that
 * looks only at departures no earlier than the journey's own, and only at stops the first search says
 * the journey can reach in time (FirstSearchBound).
 */
export function departAfter(ctx: QueryContext, from: StopIdx[], to: StopIdx[]): Journey[] {
  const { forward, reverse, fclock, rclock, t0, maxTrips, minTransfer } = ctx;
  const tt = ctx.data.timetable;
  forward.reset(fclock, ctx.fdays, to, INF);
  const firstBoardLimit = t0 + 86_400;
  forward.run({ sources: from, time: t0, firstBoardLimit, minTransfer }, maxTrips);
  const found: { k: number; arr: number; stop: number }[] = [];
  for (let k = 1; k <= maxTrips; k++) {
    if (forward.runTargetArr[k] < INF)
      found.push({ k, arr: forward.runTargetArr[k], stop: forward.runTargetStop[k] });
  }
  const out: Journey[] = [];
  for (const f of found) {
    // The forward journey itself leaves at `dep`: the reverse search need only look at later departures.
    // And since no journey of at most f.k trips leaving after t0 arrives before f.arr, the last train
    // of any it finds arrives at f.arr exactly: its first boarding is limited to that.
    const fpath = forward.path(f.k, f.stop)!;
    const dep = pathStartTime(forward.idx, fclock, fpath) ?? t0;
    reverse.reset(rclock, ctx.rdays, from, -dep + 1);
    const firstSearch = { readyBest: forward.readyBest, trips: f.k, firstBoardLimit };
    reverse.run({ sources: to, time: -f.arr, firstBoardLimit: -f.arr, minTransfer, firstSearch }, f.k);
    const j = bestRound(reverse, f.k);
    const path =
      j > 0
        ? toRealPath(tt, reverse.path(j, reverse.runTargetStop[j])!, rclock)
        : toRealPath(tt, fpath, fclock);
    out.push(buildJourney(tt, path, ctx.noon));
  }
  return paretoByTransfers(out, 'arrival');
}
