import type { StopIdx } from '../../timetable/Timetable.ts';
import { buildJourney } from '../journey/buildJourney.ts';
import type { Journey } from '../journey/Journey.ts';
import { toRealPath } from '../journey/RealPath.ts';
import { INF } from '../raptor/Labels.ts';
import { pathStartTime } from '../raptor/pathStartTime.ts';
import { bestRound } from './bestRound.ts';
import { type Candidate, candidateOf } from './Candidate.ts';
import { BY_ARRIVAL, BY_DEPARTURE, paretoFront } from './pareto.ts';
import type { QueryContext } from './QueryContext.ts';
import { searchSides } from './SearchSide.ts';

/**
 * Depart-after and arrive-by, one orchestration parameterised by direction (as nigiri's
 * `search<SearchDir>`). The first search runs from the query's own end (depart-after: forward from the
 * origin at the query time; arrive-by: reverse from the destination) with its first train within
 * 24 h, and gives per number of trips the best arrival (latest departure) at the far end. Each of those
 * is then tightened by a search the other way from that far-end time: the latest departure (earliest
 * arrival) that still makes it, looking only at departures no earlier (arrivals no later) than the
 * journey's own and only where the first search says the journey can go on in time
 * (FirstSearchBound). Result: the Pareto set in (arrival, transfers) for depart-after, in (departure,
 * transfers) for arrive-by, journeys built only for its members; depart-after ordered by transfers,
 * arrive-by by departure.
 */
export function oneWayQuery(ctx: QueryContext, arriveBy: boolean, from: StopIdx[], to: StopIdx[]): Journey[] {
  const { first, second, time } = searchSides(ctx, arriveBy);
  const tt = ctx.data.timetable;
  const { maxTrips, minTransfer } = ctx;
  // The first search starts at its sources (the query's own end) and ends at its targets.
  const [sources, targets] = arriveBy ? [to, from] : [from, to];
  const A = first.search;
  const B = second.search;
  A.reset(first.clock, first.days, targets, INF);
  const firstBoardLimit = time + 86_400;
  A.run({ sources, time, firstBoardLimit, minTransfer }, maxTrips);
  const found: { k: number; end: number; stop: number }[] = [];
  for (let k = 1; k <= maxTrips; k++) {
    if (A.runTargetArr[k] < INF) found.push({ k, end: A.runTargetArr[k], stop: A.runTargetStop[k] });
  }
  const candidates: Candidate[] = [];
  for (const f of found) {
    // The first journey itself starts at `start`: the tightening search need only look at later starts.
    // And since no journey of at most f.k trips starting after `time` ends before f.end, the last train of
    // any it finds ends at f.end exactly: its first boarding is limited to that.
    const apath = A.path(f.k, f.stop)!;
    const start = pathStartTime(A.idx, first.clock, apath) ?? time;
    B.reset(second.clock, second.days, sources, -start + 1);
    const firstSearch = { readyBest: A.readyBest, trips: f.k, firstBoardLimit };
    B.run({ sources: targets, time: -f.end, firstBoardLimit: -f.end, minTransfer, firstSearch }, f.k);
    const j = bestRound(B, f.k);
    const path =
      j > 0
        ? toRealPath(tt, B.path(j, B.runTargetStop[j])!, second.clock)
        : toRealPath(tt, apath, first.clock);
    const c = candidateOf(tt, path, ctx.noon);
    if (c) candidates.push(c);
  }
  const kept = paretoFront(candidates, arriveBy ? BY_DEPARTURE : BY_ARRIVAL);
  if (arriveBy) kept.sort((a, b) => a.departure - b.departure || a.transfers - b.transfers);
  return kept.map((c) => buildJourney(tt, c.path, ctx.noon));
}
