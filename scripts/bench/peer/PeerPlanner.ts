import {
  type DayOfWeek,
  GroupStationDepartAfterQuery,
  getDateNumber,
  type Journey,
  JourneyFactory,
  type RaptorAlgorithm,
  RaptorAlgorithmFactory,
} from 'raptor-journey-planner';
import type { Timetable } from '../../../server/timetable/Timetable.ts';
import { localToUnix } from '../../../server/timetable/time/localToUnix.ts';
import { toPeerInput } from './toPeerInput.ts';

/**
 * A bench query in peer terms: GTFS stop ids (platforms), the date and the departure on the peer's
 * clock (see PeerPlanner.dayStart; for a stop in another zone than the agency's that differs from
 * the local time of day).
 */
export interface PeerQuery {
  from: string[];
  to: string[];
  date: string;
  time: number;
}

/** The peer's answer reduced to what both planners report: earliest arrival (Unix s) and its transfers. */
export interface PeerAnswer {
  arrival: number;
  transfers: number;
}

/**
 * raptor-journey-planner (planarnetwork's TypeScript RAPTOR) over one of our Timetables. Its dates are
 * JavaScript Dates read in the process's zone, so the bench runs with TZ=UTC.
 */
export class PeerPlanner {
  readonly raptor: RaptorAlgorithm;
  private readonly query: GroupStationDepartAfterQuery;
  /** Stops some trip calls at: the peer knows no others (and fails on them). */
  private readonly served = new Set<string>();
  /** The peer's interchange time per stop id (seconds), as given to it. */
  private readonly interchange: Record<string, number>;

  constructor(
    private readonly tt: Timetable,
    minTransfer = 300,
  ) {
    const input = toPeerInput(tt, minTransfer);
    for (const t of input.trips) for (const st of t.stopTimes) this.served.add(st.stop);
    this.interchange = input.interchange;
    this.raptor = RaptorAlgorithmFactory.create(input.trips, input.transfers, input.interchange);
    this.query = new GroupStationDepartAfterQuery(this.raptor, new JourneyFactory());
  }

  /** Depart-after: the peer's journeys (it searches up to 3 days). */
  plan(q: PeerQuery): Journey[] {
    const from = q.from.filter((s) => this.served.has(s));
    const to = q.to.filter((s) => this.served.has(s));
    if (from.length === 0 || to.length === 0) return [];
    return this.query.plan(from, to, new Date(`${q.date}T00:00:00Z`), q.time);
  }

  /** Range: the peer's own RangeQuery loop (search again 1 s after the earliest departure found), 2 h. */
  range(q: PeerQuery, windowSeconds: number): number {
    let time = q.time;
    let n = 0;
    while (time <= q.time + windowSeconds) {
      const js = this.plan({ ...q, time });
      if (js.length === 0) break;
      n += js.length;
      time = Math.min(...js.map((j) => j.departureTime)) + 1;
    }
    return n;
  }

  /** One-to-all: one scan of the query's day (the peer's RAPTOR without a target). */
  oneToAll(q: PeerQuery): number {
    return Object.keys(this.scan(q)).length;
  }

  /**
   * The same scan's earliest arrivals, as Unix seconds, at the stops it reaches other than the origins
   * (it marks the others with Number.MAX_SAFE_INTEGER). The peer adds the stop's interchange time to
   * every arrival: taken off again; its times count from `dayStart`. `byTrain` says whether the last
   * leg is a train: ours reports arrivals by train only (a walk after it is a change, not an arrival).
   */
  oneToAllArrivals(q: PeerQuery): Map<string, { time: number; byTrain: boolean }> {
    const [connections, best] = this.scanAll(q);
    const day0 = this.dayStart(q.date);
    const out = new Map<string, { time: number; byTrain: boolean }>();
    for (const [stop, t] of Object.entries(best)) {
      if (t >= Number.MAX_SAFE_INTEGER || q.from.includes(stop)) continue;
      // Each round's connection improved the best arrival: the last round's is the one it came by.
      const rounds = connections[stop] ?? {};
      const k = Math.max(...Object.keys(rounds).map(Number));
      out.set(stop, { time: day0 + t - (this.interchange[stop] ?? 0), byTrain: Array.isArray(rounds[k]) });
    }
    return out;
  }

  /**
   * The peer's clock: one time line per date, seconds from noon minus 12 h in the first agency's zone
   * (GTFS stop times count in the agency's zone; the peer knows no other). Unix seconds of its 0.
   */
  dayStart(date: string): number {
    return localToUnix(date, 43_200, this.tt.agencies[0]?.timezone ?? 'UTC') - 43_200;
  }

  private scan(q: PeerQuery): Record<string, number> {
    return this.scanAll(q)[1];
  }

  /** The peer's scan: per stop its connection of each round (a trip leg is an array) and best arrival. */
  private scanAll(q: PeerQuery): [Record<string, Record<number, unknown>>, Record<string, number>] {
    const date = new Date(`${q.date}T00:00:00Z`);
    const origins: Record<string, number> = {};
    for (const s of q.from) if (this.served.has(s)) origins[s] = q.time;
    const [connections, best] = this.raptor.scan(origins, getDateNumber(date), date.getUTCDay() as DayOfWeek);
    return [
      connections as unknown as Record<string, Record<number, unknown>>,
      best as Record<string, number>,
    ];
  }

  /**
   * Earliest arrival (Unix s) and its transfers over the peer's journeys without access or egress walks
   * (null when there is none).
   */
  answer(q: PeerQuery, journeys: Journey[]): PeerAnswer | null {
    let best: PeerAnswer | null = null;
    const from = new Set(q.from);
    const to = new Set(q.to);
    for (const j of journeys) {
      // Like for like: our engine has no access or egress walks, so the first train must leave from an
      // origin platform and the last reach a destination platform (walks between those are fine).
      const trains = j.legs.filter((l) => 'trip' in l);
      if (
        trains.length === 0 ||
        !from.has(trains[0].origin) ||
        !to.has(trains[trains.length - 1].destination)
      )
        continue;
      // Arrival of the last train: the peer adds trailing walks (our engine has no egress walks).
      let arrival = j.arrivalTime;
      let rides = 0;
      let zone = this.tt.agencies[0]?.timezone ?? 'UTC';
      let trailing = true;
      for (let i = j.legs.length - 1; i >= 0; i--) {
        const leg = j.legs[i];
        if ('trip' in leg) {
          if (trailing) {
            const t = this.tt.tripIndex.get(leg.trip.tripId);
            if (t !== undefined)
              zone = this.tt.agencies[this.tt.routes[this.tt.trips.route[t]].agency].timezone;
          }
          trailing = false;
          rides++;
        } else if (trailing) arrival -= leg.duration;
      }
      // GTFS times count from noon minus 12 h of the service day.
      const unix = localToUnix(q.date, 43_200, zone) - 43_200 + arrival;
      if (!best || unix < best.arrival || (unix === best.arrival && rides - 1 < best.transfers))
        best = { arrival: unix, transfers: rides - 1 };
    }
    return best;
  }
}
