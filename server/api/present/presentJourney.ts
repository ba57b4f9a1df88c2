import type {
  Journey as EngineJourney,
  TrainLeg as EngineTrainLeg,
  WalkLeg as EngineWalkLeg,
} from '../../engine/index.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { legGeometry } from '../../network/legGeometry.ts';
import { distanceMetres } from '../../timetable/distanceMetres.ts';
import { operatingDaysNote, serviceWeekdays } from '../../timetable/operatingDays.ts';
import { routeMode } from '../../timetable/routeMode.ts';
import { stopZone } from '../../timetable/stopZone.ts';
import { dayNumber } from '../../timetable/time/dayNumber.ts';
import { formatInstant } from '../../timetable/time/formatInstant.ts';
import { tripCalls } from '../../timetable/tripCalls.ts';
import type { Journey, Leg, TrainLeg, WalkLeg } from '../contract/index.ts';
import { presentCrossings } from './presentCrossings.ts';
import { presentHeadsign } from './presentHeadsign.ts';
import { presentStop } from './presentStop.ts';
import { presentTripRef } from './presentTripRef.ts';

/**
 * An engine journey as the API (and `corridor plan --json`) shows it: the one place where a leg's
 * indices become names, ids, zones, calls, platforms, days of operation and geometry. ISO 8601 times
 * in each stop's own zone, stops with names in `lang`, leg geometry as GeoJSON, border crossings with
 * advisories, the walks at the ends marked as such (they are not transfers). A journey is `estimated`
 * when any of its legs is.
 */
export function presentJourney(
  feed: LoadedFeed,
  journey: EngineJourney,
  locator: CountryLocator,
  lang: string | undefined,
): Journey {
  const tt = feed.timetable;
  const n = journey.legs.length;
  const legs = journey.legs.map((leg, i) =>
    leg.type === 'walk'
      ? presentWalk(feed, leg, i === 0 ? 'access' : i === n - 1 ? 'egress' : 'transfer', lang)
      : presentTrain(feed, leg, locator, lang),
  );
  const first = journey.legs[0];
  const last = journey.legs[n - 1];
  return {
    type: 'journey',
    departure: formatInstant(journey.departure, stopZone(tt, first.from.stop)),
    arrival: formatInstant(journey.arrival, stopZone(tt, last.to.stop)),
    duration: journey.duration,
    transfers: journey.transfers,
    estimated: legs.some((l) => l.type === 'train' && l.estimated),
    legs,
  };
}

function presentWalk(
  feed: LoadedFeed,
  leg: EngineWalkLeg,
  role: WalkLeg['role'],
  lang: string | undefined,
): Leg {
  const tt = feed.timetable;
  const s = tt.stops;
  const a: [number, number] = [s.lon[leg.from.stop], s.lat[leg.from.stop]];
  const b: [number, number] = [s.lon[leg.to.stop], s.lat[leg.to.stop]];
  const d = distanceMetres(a, b);
  return {
    type: 'walk',
    role,
    distance: Number.isFinite(d) ? Math.round(d) : null,
    from: {
      stop: presentStop(feed, leg.from.stop, lang),
      departure: formatInstant(leg.from.time, stopZone(tt, leg.from.stop)),
    },
    to: {
      stop: presentStop(feed, leg.to.stop, lang),
      arrival: formatInstant(leg.to.time, stopZone(tt, leg.to.stop)),
    },
    duration: leg.duration,
    geometry: { type: 'LineString', coordinates: [a, b] },
  };
}

function presentTrain(
  feed: LoadedFeed,
  leg: EngineTrainLeg,
  locator: CountryLocator,
  lang: string | undefined,
): TrainLeg {
  const tt = feed.timetable;
  const { trips, stops, services } = tt;
  const platform = (s: number) => stops.platformCode?.[s] || null;
  const calls = tripCalls(tt, leg.trip, dayNumber(leg.serviceDate), leg.fromRow, leg.toRow);
  const geometry = legGeometry(tt, leg.trip, leg.fromRow, leg.toRow);
  const n = calls.length;
  const trip = presentTripRef(feed, leg.trip, lang);
  const days = serviceWeekdays(services, trips.service[leg.trip]);
  const wheelchair = trips.wheelchair?.[leg.trip] ?? 0;
  return {
    type: 'train',
    trip: { ...trip, headsign: presentHeadsign(tt, leg.trip, leg.fromRow, leg.headsign, lang) },
    ...routeMode(tt.routes[trips.route[leg.trip]]?.type ?? 2),
    from: {
      stop: presentStop(feed, leg.from.stop, lang),
      departure: formatInstant(leg.from.time, stopZone(tt, leg.from.stop)),
      platform: platform(leg.from.stop),
    },
    to: {
      stop: presentStop(feed, leg.to.stop, lang),
      arrival: formatInstant(leg.to.time, stopZone(tt, leg.to.stop)),
      platform: platform(leg.to.stop),
    },
    serviceDate: leg.serviceDate,
    operatingDays: {
      weekdays: [1, 2, 3, 4, 5, 6, 7].filter((d) => days & (1 << (d - 1))),
      text: operatingDaysNote(days),
    },
    wheelchairAccessible: wheelchair === 1 ? true : wheelchair === 2 ? false : null,
    duration: leg.to.time - leg.from.time,
    estimated: leg.estimated || calls.some((c) => c.estimated),
    stayOn: leg.stayOn,
    stops: calls.map((c, i) => ({
      type: 'stopover' as const,
      stop: presentStop(feed, c.stop, lang),
      arrival: i === 0 ? null : formatInstant(c.arrival, c.zone),
      departure: i === n - 1 ? null : formatInstant(c.departure, c.zone),
      estimated: c.estimated,
    })),
    geometry: { type: 'LineString', coordinates: geometry },
    borderCrossings: presentCrossings(
      feed,
      calls.map((c) => c.stop),
      geometry,
      locator,
      lang,
      // A trip's geometry between two of its calls is always the same.
      `${leg.trip}:${leg.fromRow}:${leg.toRow}`,
    ),
  };
}
