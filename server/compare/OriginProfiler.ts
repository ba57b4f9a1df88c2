import type { StopIdx } from '../engine/model/Timetable.ts';
import { departureTimes } from '../engine/query/departureTimes.ts';
import type { RaptorData } from '../engine/raptor/buildRaptorData.ts';
import { INF, RaptorSearch } from '../engine/raptor/RaptorSearch.ts';
import { localToUnix } from '../engine/time/localToUnix.ts';
import type { ProfileJourney } from './ProfileJourney.ts';
import type { ServiceDay } from './ServiceDay.ts';

/**
 * Service-day profiles from one origin to many destinations at once: rRAPTOR (one forward RAPTOR run
 * per distinct departure at the origin, latest first, labels kept between runs) without target
 * pruning, reading every destination's labels after each run. A destination gains a journey from a
 * run when its arrival with at most k trips improves and beats the arrival with fewer trips — the
 * same Pareto set (departure later, arrival earlier, fewer transfers) as the engine's range query,
 * for all destinations in one pass instead of one pass per pair. One search state: one profile at a
 * time per instance (create one per worker).
 */
export class OriginProfiler {
  private readonly search: RaptorSearch;
  private readonly maxTrips: number;

  /** `maxTransfers` (default 5) and `minTransferSeconds` (default 300) as in a JourneyQuery. */
  constructor(
    readonly data: RaptorData,
    maxTransfers = 5,
    private readonly minTransferSeconds = 300,
  ) {
    this.maxTrips = maxTransfers + 1;
    this.search = new RaptorSearch(data.forward, data.timetable.services, this.maxTrips + 1);
  }

  /**
   * Journeys departing `origin` (its platforms) during the local service day of `day` in `zone`
   * (00:00 to 24:00 on the origin's clock) to each of `targets` (each a list of platforms), in order
   * of departure. A target sharing a platform with the origin gets no journeys.
   */
  profile(day: ServiceDay, origin: StopIdx[], zone: string, targets: StopIdx[][]): ProfileJourney[][] {
    const out: ProfileJourney[][] = targets.map(() => []);
    if (origin.length === 0) return out;
    const { clock } = day;
    const t0 = localToUnix(day.date, 0, zone) - clock.base;
    const t1 = t0 + 86_399;
    const times = departureTimes(this.data, day.clock, origin, t0, t1);
    const search = this.search;
    const n = this.data.timetable.stops.count;
    const K = this.maxTrips;
    const best = new Int32Array(targets.length * (K + 1)).fill(INF);
    const originSet = new Set<number>(origin);
    const live = targets.map((t) => t.length > 0 && !t.some((s) => originSet.has(s)));
    search.reset(clock, day.days, [], INF);
    const arrBest = search.arrBest;
    for (const tau of times) {
      search.run(
        { sources: origin, time: tau, firstBoardLimit: t1, minTransfer: this.minTransferSeconds },
        K,
      );
      for (let i = 0; i < targets.length; i++) {
        if (!live[i]) continue;
        const plats = targets[i];
        let fewer = INF; // arrival with fewer trips, this run
        for (let k = 1; k <= K; k++) {
          let a = INF;
          for (let j = 0; j < plats.length; j++) {
            const v = arrBest[k * n + plats[j]];
            if (v < a) a = v;
          }
          const b = i * (K + 1) + k;
          if (a < best[b]) {
            if (a < fewer)
              out[i].push({ departure: clock.base + tau, arrival: clock.base + a, transfers: k - 1 });
            best[b] = a;
          }
          if (a < fewer) fewer = a;
        }
      }
    }
    for (const list of out) list.reverse();
    return out;
  }
}
