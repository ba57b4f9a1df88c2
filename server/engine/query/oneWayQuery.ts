import { buildJourney } from '../journey/buildJourney.ts';
import type { Journey } from '../journey/Journey.ts';
import { type RealPath, toRealPath } from '../journey/RealPath.ts';
import { INF } from '../raptor/Labels.ts';
import type { SearchPath } from '../raptor/SearchPath.ts';
import { bestRound } from './bestRound.ts';
import { type Candidate, candidateOf } from './Candidate.ts';
import { withinCostLimit } from './costLimit.ts';
import { departureTimes } from './departureTimes.ts';
import { EndWalks } from './EndWalks.ts';
import { BY_ALL, BY_ARRIVAL, BY_DEPARTURE, beats, paretoFront } from './pareto.ts';
import type { QueryContext } from './QueryContext.ts';
import { noReboardOf, type QueryEnd } from './QueryEnd.ts';
import { type SearchSide, searchSides } from './SearchSide.ts';

/** What a one-way search finds, before journeys are built (see oneWaySearch). */
export interface OneWayResult {
  /** Per number of transfers the answer whose first train leaves within the 24 h: the Pareto set. */
  honest: Candidate[];
  /**
   * Journeys with as few or fewer trains that the tightening found past the 24 h (depart-after: leaving
   * later, e.g. Saturday's direct train; arrive-by: arriving earlier): each its own journey, never the
   * answer for its number of transfers.
   */
  beyond: Candidate[];
}

/**
 * Depart-after and arrive-by, one orchestration parameterised by direction (as nigiri's
 * `search<SearchDir>`). The first search runs from the query's own end (depart-after: forward from the
 * origin's stops at the query time, their walks added; arrive-by: reverse from the destination) with
 * its first train within 24 h, and gives per number of trips the best arrival (latest departure) at
 * the far end. Each is then tightened by a search the other way from that time: the latest departure
 * (earliest arrival) that still makes it and still starts within the 24 h, looking only at departures
 * no earlier (arrivals no later) than the journey's own and only where the first search says the
 * journey can go on in time (FirstSearchBound). A way the tightening finds past the 24 h with as few
 * trains is kept aside as `beyond`. No journey boards again where it began (noReboardOf).
 */
export function oneWaySearch(
  ctx: QueryContext,
  arriveBy: boolean,
  origin: QueryEnd,
  destination: QueryEnd,
): OneWayResult {
  const { first, second, time } = searchSides(ctx, arriveBy);
  const tt = ctx.data.timetable;
  const { maxTrips, minTransfer } = ctx;
  const walks = new EndWalks(tt, origin, destination);
  // The first search starts at its sources (the query's own end) and ends at its targets.
  const [src, dst] = arriveBy ? [destination, origin] : [origin, destination];
  const noReboard = noReboardOf(origin, destination);
  const A = first.search;
  const B = second.search;
  const targets = { targetOffsets: dst.offsets, noReboard };
  A.reset(first.clock, first.days, dst.stops, INF, targets);
  const firstBoardLimit = time + 86_400;
  const runA = (tau: number, trips: number) =>
    A.run(
      {
        sources: src.stops,
        sourceTimes: src.offsets.map((o) => tau + o),
        time: tau,
        firstBoardLimit,
        minTransfer,
      },
      trips,
    );
  runA(time, maxTrips);
  const found: { k: number; end: number; stop: number }[] = [];
  for (let k = 1; k <= maxTrips; k++) {
    if (A.runTargetArr[k] < INF) found.push({ k, end: A.runTargetArr[k], stop: A.runTargetStop[k] });
  }
  const real = (side: SearchSide, path: SearchPath) => walks.add(toRealPath(tt, path, side.clock));
  const candidate = (path: RealPath) => candidateOf(tt, path, ctx.noon);
  // A candidate's start in the first side's search time (negated for arrive-by).
  const startOf = (c: Candidate) =>
    arriveBy ? -(c.arrival - first.clock.base) : c.departure - first.clock.base;
  const honest: Candidate[] = [];
  const beyond: Candidate[] = [];
  const retighten: { k: number; end: number; start: number }[] = [];
  for (const f of found) {
    const own = candidate(real(first, A.path(f.k, f.stop)!));
    if (!own) continue;
    // The first journey itself starts at `start` (walks included): the tightening search need only look
    // at later starts. And since no journey of at most f.k trips starting after `time` ends before
    // f.end, the last train of any it finds ends at f.end exactly.
    const start = startOf(own);
    B.reset(second.clock, second.days, src.stops, -start + 1, { targetOffsets: src.offsets, noReboard });
    const firstSearch = { readyBest: A.readyBest, trips: f.k, firstBoardLimit };
    const sourceTimes = dst.offsets.map((o) => -f.end + o);
    B.run(
      { sources: dst.stops, sourceTimes, time: -f.end, firstBoardLimit: -f.end, minTransfer, firstSearch },
      f.k,
    );
    const j = bestRound(B, f.k);
    const tightened = (j > 0 && candidate(real(second, B.path(j, B.runTargetStop[j])!))) || own;
    if (startOf(tightened) <= firstBoardLimit) honest.push(tightened);
    else {
      // The latest start lies past the 24 h: its own journey; the answer is found again below.
      beyond.push(tightened);
      retighten.push({ k: f.k, end: f.end, start });
    }
  }
  // The answers whose tightening left the 24 h: the latest start within them that still ends at f.end,
  // by bisection over the starts (ending no later is monotone in the start), the first side re-run.
  for (const r of retighten) {
    const idx = A.idx;
    const starts = departureTimes(
      idx,
      tt.services,
      first.clock,
      src.stops,
      r.start,
      firstBoardLimit,
      src.offsets,
    );
    let lo = starts.length - 1; // the latest start known to make it (the first journey's own)
    let hi = 0; // starts[hi] is the latest start there is
    const makes = (tau: number) => {
      A.reset(first.clock, first.days, dst.stops, r.end + 1, targets);
      runA(tau, r.k);
      return A.targetBest[r.k] <= r.end;
    };
    while (lo > hi) {
      const mid = (lo + hi) >> 1;
      if (makes(starts[mid])) lo = mid;
      else hi = mid + 1;
    }
    if (lo < 0 || !makes(starts[lo])) continue;
    const j = bestRound(A, r.k);
    const c = j > 0 ? candidate(real(first, A.path(j, A.runTargetStop[j])!)) : null;
    if (c) honest.push(c);
  }
  const kept = paretoFront(honest, arriveBy ? BY_DEPARTURE : BY_ARRIVAL);
  // A later way (earlier, for arrive-by) with as few trains as an answer is worth its own entry; one no
  // better than an answer in every respect is not.
  const extra = paretoFront(beyond, BY_ALL).filter(
    (b) => !kept.some((h) => beats(h, b, BY_ALL) || (h.departure === b.departure && h.arrival === b.arrival)),
  );
  return { honest: kept, beyond: extra };
}

/**
 * oneWaySearch's journeys, built only for its members: the answers (depart-after in order of
 * transfers, arrive-by by departure), then the beyond journeys by departure.
 */
export function oneWayQuery(
  ctx: QueryContext,
  arriveBy: boolean,
  origin: QueryEnd,
  destination: QueryEnd,
): Journey[] {
  const tt = ctx.data.timetable;
  const { honest, beyond } = oneWaySearch(ctx, arriveBy, origin, destination);
  if (arriveBy) honest.sort(byDeparture);
  beyond.sort(byDeparture);
  // The cost limit among journeys leaving within the 24 h; a later one (beyond) drops none of them.
  return [...withinCostLimit(honest), ...beyond].map((c) => buildJourney(tt, c.path, ctx.noon));
}

/** Departure, then transfers, then arrival. */
export function byDeparture(a: Candidate, b: Candidate): number {
  return a.departure - b.departure || a.transfers - b.transfers || a.arrival - b.arrival;
}
