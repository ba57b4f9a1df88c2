import type { Journey, Leg } from '../../../server/engine/index.ts';
import { legGeometry } from '../../../server/network/legGeometry.ts';
import { stopZone } from '../../../server/timetable/stopZone.ts';
import type { Timetable } from '../../../server/timetable/Timetable.ts';
import { dayNumber } from '../../../server/timetable/time/dayNumber.ts';
import { tripCalls } from '../../../server/timetable/tripCalls.ts';

/** A leg end with its stop id and zone, as the scenario tests read it. */
export interface ViewEnd {
  stop: number;
  stopId: string;
  time: number;
  zone: string;
}

/**
 * An engine leg with what the presentation looks up for it (ids, route, agency, calls with zones,
 * geometry), through the same ground-floor and network functions the API uses: scenario tests read
 * journeys through this view.
 */
export type LegView =
  | {
      type: 'train';
      trip: number;
      tripId: string;
      route: number;
      routeId: string;
      agency: number;
      headsign: string;
      shortName: string;
      serviceDate: string;
      from: ViewEnd;
      to: ViewEnd;
      stops: {
        stop: number;
        stopId: string;
        arrival: number;
        departure: number;
        zone: string;
        estimated: boolean;
      }[];
      geometry: [number, number][];
      estimated: boolean;
      stayOn: boolean;
    }
  | { type: 'walk'; from: ViewEnd; to: ViewEnd; duration: number };

/** The view of one leg. */
export function legView(tt: Timetable, leg: Leg): LegView {
  const end = (e: { stop: number; time: number }): ViewEnd => ({
    stop: e.stop,
    stopId: tt.stops.id[e.stop],
    time: e.time,
    zone: stopZone(tt, e.stop),
  });
  if (leg.type === 'walk')
    return { type: 'walk', from: end(leg.from), to: end(leg.to), duration: leg.duration };
  const tr = tt.trips;
  const route = tt.routes[tr.route[leg.trip]];
  return {
    type: 'train',
    trip: leg.trip,
    tripId: tr.id[leg.trip],
    route: tr.route[leg.trip],
    routeId: route?.id ?? '',
    agency: route?.agency ?? 0,
    headsign: leg.headsign,
    shortName: tr.shortName[leg.trip] || route?.shortName || '',
    serviceDate: leg.serviceDate,
    from: end(leg.from),
    to: end(leg.to),
    stops: tripCalls(tt, leg.trip, dayNumber(leg.serviceDate), leg.fromRow, leg.toRow).map((c) => ({
      stop: c.stop,
      stopId: tt.stops.id[c.stop],
      arrival: c.arrival,
      departure: c.departure,
      zone: c.zone,
      estimated: c.estimated,
    })),
    geometry: legGeometry(tt, leg.trip, leg.fromRow, leg.toRow),
    estimated: leg.estimated,
    stayOn: leg.stayOn,
  };
}

/** A journey whose legs are views (see legView). */
export interface JourneyView extends Omit<Journey, 'legs'> {
  legs: LegView[];
}

/** The view of a whole journey. */
export function journeyView(tt: Timetable, j: Journey): JourneyView {
  return { ...j, legs: j.legs.map((l) => legView(tt, l)) };
}

/** The train variant of LegView. */
export type TrainLegView = Extract<LegView, { type: 'train' }>;
