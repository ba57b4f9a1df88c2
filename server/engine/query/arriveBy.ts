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
 * Arrive-by, the mirror of depart-after: for each number of transfers the latest departure arriving at
 * or before the query time (last train left within 24 h before it), Pareto in (departure, transfers);
 * each journey then gets the earliest arrival that its departure allows, by a forward search that looks
 * only at arrivals no later than the journey's own, and only at stops from which the first search says
 * the journey can go on in time (FirstSearchBound).
 */
export function arriveBy(ctx: QueryContext, from: StopIdx[], to: StopIdx[]): Journey[] {
  const { forward, reverse, fclock, rclock, t0, maxTrips, minTransfer } = ctx;
  const tt = ctx.data.timetable;
  reverse.reset(rclock, ctx.rdays, from, INF);
  const firstBoardLimit = -t0 + 86_400;
  reverse.run({ sources: to, time: -t0, firstBoardLimit, minTransfer }, maxTrips);
  const found: { k: number; dep: number; stop: number }[] = [];
  for (let k = 1; k <= maxTrips; k++) {
    if (reverse.runTargetArr[k] < INF)
      found.push({ k, dep: -reverse.runTargetArr[k], stop: reverse.runTargetStop[k] });
  }
  const out: Journey[] = [];
  for (const f of found) {
    // The reverse journey itself arrives at `arr`: the forward search need only look at earlier arrivals.
    const rpath = reverse.path(f.k, f.stop)!;
    const rstart = pathStartTime(reverse.idx, rclock, rpath);
    const arr = rstart === null ? t0 : -rstart;
    forward.reset(fclock, ctx.fdays, to, arr + 1);
    // Mirror of depart-after: no journey of at most f.k trips arriving by t0 leaves after f.dep, so the
    // first train of any this search finds leaves at f.dep exactly.
    const firstSearch = { readyBest: reverse.readyBest, trips: f.k, firstBoardLimit };
    forward.run({ sources: from, time: f.dep, firstBoardLimit: f.dep, minTransfer, firstSearch }, f.k);
    const j = bestRound(forward, f.k);
    const path =
      j > 0
        ? toRealPath(tt, forward.path(j, forward.runTargetStop[j])!, fclock)
        : toRealPath(tt, rpath, rclock);
    out.push(buildJourney(tt, path, ctx.noon));
  }
  return paretoByTransfers(out, 'departure').sort(
    (a, b) => a.departure - b.departure || a.transfers - b.transfers,
  );
}
