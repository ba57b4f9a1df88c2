import type { AgencyIdx, RouteIdx, StopIdx, Timetable, TripIdx } from '../../timetable/Timetable.ts';
import type { Journey, Leg, LegEnd, LegStop, TrainLeg } from './Journey.ts';
import { legGeometry } from './legGeometry.ts';
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
  const legs: Leg[] = [];
  let transfers = -1;
  let lastArrival = Number.NaN;
  for (let i = 0; i < path.length; i++) {
    const e = path[i];
    if (e.kind === 'ride') {
      const leg = trainLeg(tt, e.trip, e.day, e.fromRow, e.toRow, noon(e.trip, e.day), e.stayOn);
      if (!e.stayOn) transfers++;
      legs.push(leg);
      lastArrival = leg.to.time;
    } else {
      const next = path[i + 1];
      let start = lastArrival;
      if (Number.isNaN(start) && next?.kind === 'ride') {
        start = noon(next.trip, next.day) + tt.trips.stDeparture[next.fromRow] - e.duration;
      }
      legs.push({
        type: 'walk',
        from: end(tt, e.from, start),
        to: end(tt, e.to, start + e.duration),
        duration: e.duration,
      });
    }
  }
  const trains = legs.filter((l): l is TrainLeg => l.type === 'train');
  const departure = trains[0].from.time;
  const arrival = trains[trains.length - 1].to.time;
  return { departure, arrival, duration: arrival - departure, transfers: Math.max(0, transfers), legs };
}

function end(tt: Timetable, stop: number, time: number): LegEnd {
  return {
    stop: stop as StopIdx,
    stopId: tt.stops.id[stop],
    time,
    zone: tt.timezones[tt.stops.timezone[stop]],
  };
}

function trainLeg(
  tt: Timetable,
  trip: number,
  day: number,
  fromRow: number,
  toRow: number,
  noon: number,
  stayOn: boolean,
): TrainLeg {
  const tr = tt.trips;
  const stops: LegStop[] = [];
  for (let r = fromRow; r <= toRow; r++) {
    const s = tr.stStop[r];
    stops.push({
      stop: s as StopIdx,
      stopId: tt.stops.id[s],
      arrival: noon + tr.stArrival[r],
      departure: noon + tr.stDeparture[r],
      zone: tt.timezones[tt.stops.timezone[s]],
      estimated: tr.stTimepoint[r] === 0,
    });
  }
  const route = tt.routes[tr.route[trip]];
  const headsign = tr.stHeadsign?.[fromRow] || tr.headsign[trip];
  return {
    type: 'train',
    trip: trip as TripIdx,
    tripId: tr.id[trip],
    route: tr.route[trip] as RouteIdx,
    routeId: route?.id ?? '',
    agency: (route?.agency ?? 0) as AgencyIdx,
    headsign,
    shortName: tr.shortName[trip] || route?.shortName || '',
    serviceDate: new Date(day * 86_400_000).toISOString().slice(0, 10),
    from: end(tt, tr.stStop[fromRow], noon + tr.stDeparture[fromRow]),
    to: end(tt, tr.stStop[toRow], noon + tr.stArrival[toRow]),
    stops,
    geometry: legGeometry(tt, trip, fromRow, toRow),
    estimated: tr.stTimepoint[fromRow] === 0 || tr.stTimepoint[toRow] === 0,
    stayOn,
  };
}
