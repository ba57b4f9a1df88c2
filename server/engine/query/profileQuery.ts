import type { StopIdx } from '../../timetable/Timetable.ts';
import { INF } from '../raptor/Labels.ts';
import { withinCostLimit } from './costLimit.ts';
import { departureTimes } from './departureTimes.ts';
import type { ProfileJourney } from './JourneyQuery.ts';
import { LatestFirstFront } from './pareto.ts';
import type { QueryContext } from './QueryContext.ts';
import type { QueryEnd } from './QueryEnd.ts';

/**
 * A multi-destination profile: rRAPTOR from `from` over the departures in [t0, t0 + window] (one
 * forward run per distinct departure, latest first, labels kept between runs), without target
 * pruning, reading every target's labels after each run. A target gains a journey from a run when its
 * arrival with at most k trips improves and beats the arrival with fewer trips: per target the same
 * Pareto set (departure later, arrival earlier, fewer transfers) as the range query, for all targets
 * in one pass (the engine's Pareto rule BY_ALL, kept per target by a LatestFirstFront). `bound`: a search time no kept arrival reaches (INF for none). Each target is a list of
 * stops (its platforms); one sharing a station with the origin gets no journeys. As in rangeQuery, a
 * run from just after the window seeds the labels, and the origin's walks are taken; none far costlier
 * than another of its list (withinCostLimit). Lists in departure order.
 */
export function profileQuery(
  ctx: QueryContext,
  origin: QueryEnd,
  targets: StopIdx[][],
  window: number,
  bound: number,
): ProfileJourney[][] {
  const out: ProfileJourney[][] = targets.map(() => []);
  const from = origin.stops;
  if (from.length === 0) return out;
  const { forward: search, fclock: clock, t0, maxTrips: K, minTransfer } = ctx;
  const t1 = t0 + window;
  const times = departureTimes(
    ctx.data.forward,
    ctx.data.timetable.services,
    clock,
    from,
    t0,
    t1,
    origin.offsets,
  );
  const n = ctx.data.timetable.stops.count;
  const own = new Set<number>(origin.stations);
  const live = targets.map((t) => t.length > 0 && !t.some((s) => own.has(s)));
  const fronts = targets.map(() => new LatestFirstFront(K));
  search.reset(clock, ctx.fdays, [], bound, { noReboard: [...origin.stations, ...origin.walkStations] });
  const arrBest = search.arrBest;
  const run = (tau: number, firstBoardLimit: number) =>
    search.run(
      {
        sources: from,
        sourceTimes: origin.offsets.map((o) => tau + o),
        time: tau,
        firstBoardLimit,
        minTransfer,
      },
      K,
    );
  // Seeded from just after the window (see rangeQuery): a journey a later departure beats is no journey.
  for (const tau of [t1 + 1, ...times]) {
    const seeding = tau > t1;
    run(tau, seeding ? INF : t1);
    for (let i = 0; i < targets.length; i++) {
      if (!live[i]) continue;
      const plats = targets[i];
      const front = fronts[i];
      front.startRun();
      for (let k = 1; k <= K; k++) {
        let a = INF;
        for (let j = 0; j < plats.length; j++) {
          const v = arrBest[k * n + plats[j]];
          if (v < a) a = v;
        }
        if (a < INF && front.offer(k, a) && !seeding)
          out[i].push({ departure: clock.base + tau, arrival: clock.base + a, transfers: k - 1 });
      }
    }
  }
  return out.map((list) => withinCostLimit(list.reverse()));
}
