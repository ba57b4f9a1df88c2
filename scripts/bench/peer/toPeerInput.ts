import { Service, type StopTime, type Transfer, type Trip } from 'raptor-journey-planner';
import type { Timetable } from '../../../server/timetable/Timetable.ts';
import { transferLists } from '../../../test/engine/property/referenceSearch.ts';

/** What `RaptorAlgorithmFactory.create(trips, transfers, interchange)` of raptor-journey-planner takes. */
export interface PeerInput {
  trips: Trip[];
  transfers: Record<string, Transfer[]>;
  interchange: Record<string, number>;
}

/**
 * Builds the peer's input from our Timetable (its own `loadGTFS` hangs on Node 20), at platform
 * level with our transfer rules: `interchange[s]` is the time to change at s (the same-stop rule),
 * and a change a -> b of d seconds becomes a peer transfer of max(0, d - interchange[a] -
 * interchange[b]), since the peer adds the interchange of a stop to every arrival there. Where that
 * is clamped (platforms of one station: 300 s in our rules) the peer needs interchange[a] +
 * interchange[b] instead: a known difference of models, visible in the agreement figures. Calendars
 * are spelled out day by day (`Service.dates`).
 */
export function toPeerInput(tt: Timetable, minTransfer: number): PeerInput {
  const st = tt.stops;
  const lists = transferLists(tt, minTransfer);
  const interchange: Record<string, number> = {};
  for (let a = 0; a < st.count; a++) {
    const self = lists[a].find(([b]) => b === a);
    interchange[st.id[a]] = self ? self[1] : minTransfer;
  }
  const transfers: Record<string, Transfer[]> = {};
  for (let a = 0; a < st.count; a++) {
    const out: Transfer[] = [];
    for (const [b, d] of lists[a]) {
      if (b === a) continue;
      out.push({
        origin: st.id[a],
        destination: st.id[b],
        // Never negative: the peer chains walks over rounds, and negative ones would loop back in time.
        duration: Math.max(0, d - interchange[st.id[a]] - interchange[st.id[b]]),
        startTime: 0,
        endTime: Number.MAX_SAFE_INTEGER,
      });
    }
    if (out.length > 0) transfers[st.id[a]] = out;
  }
  const sv = tt.services;
  const services: Service[] = [];
  for (let s = 0; s < sv.count; s++) {
    const dates: Record<number, boolean> = {};
    for (let c = 0; c < sv.dayCount; c++) {
      const iso = new Date((sv.firstDay + c) * 86_400_000).toISOString();
      dates[Number(iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10))] =
        sv.active[s * sv.dayCount + c] === 1;
    }
    // startDate > endDate: a day not listed never runs.
    services.push(
      new Service(1, 0, { 0: false, 1: false, 2: false, 3: false, 4: false, 5: false, 6: false }, dates),
    );
  }
  const tr = tt.trips;
  const trips: Trip[] = [];
  for (let t = 0; t < tr.count; t++) {
    const stopTimes: StopTime[] = [];
    for (let r = tr.stStart[t]; r < tr.stStart[t + 1]; r++) {
      stopTimes.push({
        stop: st.id[tr.stStop[r]],
        arrivalTime: tr.stArrival[r],
        departureTime: tr.stDeparture[r],
        pickUp: tr.stPickup[r] !== 1,
        dropOff: tr.stDropOff[r] !== 1,
      });
    }
    if (stopTimes.length < 2) continue;
    trips.push({
      tripId: tr.id[t],
      stopTimes,
      serviceId: sv.id[tr.service[t]],
      service: services[tr.service[t]],
    });
  }
  return { trips, transfers, interchange };
}
