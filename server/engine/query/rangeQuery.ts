import type { StopIdx } from '../../timetable/Timetable.ts';
import { buildJourney } from '../journey/buildJourney.ts';
import type { Journey } from '../journey/Journey.ts';
import { toRealPath } from '../journey/RealPath.ts';
import { INF } from '../raptor/Labels.ts';
import { type Candidate, candidateOf } from './Candidate.ts';
import { departureTimes } from './departureTimes.ts';
import { BY_ALL, paretoFront } from './pareto.ts';
import type { QueryContext } from './QueryContext.ts';

/**
 * Range query (rRAPTOR): one RAPTOR run per distinct departure time of a train at an origin stop in
 * [t0, t0 + window], latest first, keeping labels between runs; a run reports a journey only where it
 * beats every later departure with as few or fewer transfers. Result: the Pareto set BY_ALL (departure
 * later, arrival earlier, fewer transfers), sorted by departure, journeys built only for its members.
 * `window` in seconds.
 */
export function rangeQuery(ctx: QueryContext, from: StopIdx[], to: StopIdx[], window: number): Journey[] {
  const { forward, fclock, t0, maxTrips, minTransfer } = ctx;
  const tt = ctx.data.timetable;
  const times = departureTimes(ctx.data, ctx.fclock, from, t0, t0 + window);
  forward.reset(fclock, ctx.fdays, to, INF);
  const candidates: Candidate[] = [];
  for (const tau of times) {
    forward.run({ sources: from, time: tau, firstBoardLimit: t0 + window, minTransfer }, maxTrips);
    for (let k = 1; k <= maxTrips; k++) {
      if (forward.runTargetArr[k] >= INF) continue;
      const path = forward.path(k, forward.runTargetStop[k]);
      const c = path && candidateOf(tt, toRealPath(tt, path, fclock), ctx.noon);
      if (c) candidates.push(c);
    }
  }
  return paretoFront(candidates, BY_ALL)
    .sort((a, b) => a.departure - b.departure || a.arrival - b.arrival || a.transfers - b.transfers)
    .map((c) => buildJourney(tt, c.path, ctx.noon));
}
