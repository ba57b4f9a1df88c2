import { buildJourney } from '../journey/buildJourney.ts';
import type { Journey } from '../journey/Journey.ts';
import { toRealPath } from '../journey/RealPath.ts';
import { INF } from '../raptor/Labels.ts';
import { type Candidate, candidateOf } from './Candidate.ts';
import { withinCostLimit } from './costLimit.ts';
import { departureTimes } from './departureTimes.ts';
import { EndWalks } from './EndWalks.ts';
import { BY_ALL, paretoFront } from './pareto.ts';
import type { QueryContext } from './QueryContext.ts';
import { noReboardOf, type QueryEnd } from './QueryEnd.ts';

/**
 * Range query (rRAPTOR): one RAPTOR run per distinct start time at the origin (a train's departure
 * less the walk to it) in [t0, t0 + window], latest first, keeping labels between runs; a run reports
 * a journey only where it beats every later start with as few or fewer transfers. Then one run from
 * just after the window (no limit on its first train) drops every journey that a later departure, even
 * outside the window, beats with no more changes. Result: the Pareto set
 * BY_ALL (departure later, arrival earlier, fewer transfers) within the cost limit (withinCostLimit), sorted by departure, journeys built only
 * for its members. `window` in seconds.
 */
export function rangeQuery(
  ctx: QueryContext,
  origin: QueryEnd,
  destination: QueryEnd,
  window: number,
): Journey[] {
  return rangeCandidates(ctx, origin, destination, window).map((c) =>
    buildJourney(ctx.data.timetable, c.path, ctx.noon),
  );
}

/** rangeQuery before its journeys are built: the candidates, sorted by departure. */
export function rangeCandidates(
  ctx: QueryContext,
  origin: QueryEnd,
  destination: QueryEnd,
  window: number,
): Candidate[] {
  const { forward, fclock, t0, maxTrips, minTransfer } = ctx;
  const tt = ctx.data.timetable;
  const walks = new EndWalks(tt, origin, destination);
  const end = t0 + window;
  const times = departureTimes(
    ctx.data.forward,
    ctx.data.timetable.services,
    ctx.fclock,
    origin.stops,
    t0,
    end,
    origin.offsets,
  );
  forward.reset(fclock, ctx.fdays, destination.stops, INF, {
    targetOffsets: destination.offsets,
    noReboard: noReboardOf(origin, destination),
  });
  const sources = origin.stops;
  const run = (tau: number, firstBoardLimit: number) =>
    forward.run(
      { sources, sourceTimes: origin.offsets.map((o) => tau + o), time: tau, firstBoardLimit, minTransfer },
      maxTrips,
    );
  const candidates: Candidate[] = [];
  for (const tau of times) {
    run(tau, end);
    for (let k = 1; k <= maxTrips; k++) {
      if (forward.runTargetArr[k] >= INF) continue;
      const path = forward.path(k, forward.runTargetStop[k]);
      const c = path && candidateOf(tt, walks.add(toRealPath(tt, path, fclock)), ctx.noon);
      if (c) candidates.push(c);
    }
  }
  const front = paretoFront(candidates, BY_ALL);
  if (front.length === 0) return front;
  // What leaves after the window (no limit on its first train): a journey it beats with no more
  // changes is no journey. Searched once, pruned by the latest arrival of the front.
  const latest = Math.max(...front.map((c) => c.arrival)) - fclock.base;
  forward.reset(fclock, ctx.fdays, destination.stops, latest + 1, {
    targetOffsets: destination.offsets,
    noReboard: noReboardOf(origin, destination),
  });
  run(end + 1, INF);
  return withinCostLimit(
    front.filter((c) => !(forward.targetBest[c.transfers + 1] <= c.arrival - fclock.base)),
  ).sort((a, b) => a.departure - b.departure || a.arrival - b.arrival || a.transfers - b.transfers);
}
