import type { StopIdx, Timetable, TripIdx } from '../../timetable/Timetable.ts';
import { dateOfDay } from '../../timetable/time/dayNumber.ts';
import type { Journey, Leg, TrainLeg } from './Journey.ts';
import type { RealPath } from './RealPath.ts';

/**
 * Builds the public Journey from a real-order path. `noon(trip, day)` gives the Unix seconds of
 * "noon minus 12 h" of service day `day` in the trip's agency zone (the origin of its stop times).
 */
export function buildJourney(
  tt: Timetable,
  path: RealPath,
  noon: (trip: number, day: number) => number,
): Journey {
  const tr = tt.trips;
  const legs: Leg[] = [];
  let transfers = -1;
  let lastArrival = Number.NaN;
  for (let i = 0; i < path.length; i++) {
    const e = path[i];
    if (e.kind === 'ride') {
      const base = noon(e.trip, e.day);
      const leg: TrainLeg = {
        type: 'train',
        trip: e.trip as TripIdx,
        serviceDate: dateOfDay(e.day),
        fromRow: e.fromRow,
        toRow: e.toRow,
        from: { stop: tr.stStop[e.fromRow] as StopIdx, time: base + tr.stDeparture[e.fromRow] },
        to: { stop: tr.stStop[e.toRow] as StopIdx, time: base + tr.stArrival[e.toRow] },
        headsign: tr.stHeadsign?.[e.fromRow] || tr.headsign[e.trip],
        estimated: tr.stTimepoint[e.fromRow] === 0 || tr.stTimepoint[e.toRow] === 0,
        stayOn: e.stayOn,
      };
      if (!e.stayOn) transfers++;
      legs.push(leg);
      lastArrival = leg.to.time;
    } else {
      const next = path[i + 1];
      let start = lastArrival;
      if (Number.isNaN(start) && next?.kind === 'ride') {
        start = noon(next.trip, next.day) + tr.stDeparture[next.fromRow] - e.duration;
      }
      legs.push({
        type: 'walk',
        from: { stop: e.from as StopIdx, time: start },
        to: { stop: e.to as StopIdx, time: start + e.duration },
        duration: e.duration,
      });
    }
  }
  // Walks at the ends count: the journey starts when its first walk does.
  const departure = legs[0].from.time;
  const arrival = legs[legs.length - 1].to.time;
  return { departure, arrival, duration: arrival - departure, transfers: Math.max(0, transfers), legs };
}
