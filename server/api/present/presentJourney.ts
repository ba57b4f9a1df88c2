import type {
  Journey as EngineJourney,
  Leg as EngineLeg,
  TrainLeg as EngineTrainLeg,
} from '../../engine/index.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { legGeometry } from '../../network/legGeometry.ts';
import { stopZone } from '../../timetable/stopZone.ts';
import { dayNumber } from '../../timetable/time/dayNumber.ts';
import { formatInstant } from '../../timetable/time/formatInstant.ts';
import { tripCalls } from '../../timetable/tripCalls.ts';
import type { Journey, Leg } from '../contract/index.ts';
import { presentCrossings } from './presentCrossings.ts';
import { presentHeadsign } from './presentHeadsign.ts';
import { presentStop } from './presentStop.ts';
import { presentTripRef } from './presentTripRef.ts';

/**
 * An engine journey as the API (and `corridor plan --json`) shows it: the one place where a leg's
 * indices become names, ids, zones, calls and geometry. ISO 8601 times in each stop's own zone, stops
 * with names in `lang`, leg geometry as GeoJSON, border crossings with advisories. A journey is
 * `estimated` when any of its legs is.
 */
export function presentJourney(
  feed: LoadedFeed,
  journey: EngineJourney,
  locator: CountryLocator,
  lang: string | undefined,
): Journey {
  const tt = feed.timetable;
  const legs = journey.legs.map((leg) => presentLeg(feed, leg, locator, lang));
  const first = journey.legs[0];
  const last = journey.legs[journey.legs.length - 1];
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

function presentLeg(
  feed: LoadedFeed,
  leg: EngineLeg,
  locator: CountryLocator,
  lang: string | undefined,
): Leg {
  const tt = feed.timetable;
  const from = {
    stop: presentStop(feed, leg.from.stop, lang),
    departure: formatInstant(leg.from.time, stopZone(tt, leg.from.stop)),
  };
  const to = {
    stop: presentStop(feed, leg.to.stop, lang),
    arrival: formatInstant(leg.to.time, stopZone(tt, leg.to.stop)),
  };
  if (leg.type === 'walk') {
    const s = tt.stops;
    return {
      type: 'walk',
      from,
      to,
      duration: leg.duration,
      geometry: {
        type: 'LineString',
        coordinates: [
          [s.lon[leg.from.stop], s.lat[leg.from.stop]],
          [s.lon[leg.to.stop], s.lat[leg.to.stop]],
        ],
      },
    };
  }
  return presentTrainLeg(feed, leg, from, to, locator, lang);
}

function presentTrainLeg(
  feed: LoadedFeed,
  leg: EngineTrainLeg,
  from: Leg['from'],
  to: Leg['to'],
  locator: CountryLocator,
  lang: string | undefined,
): Leg {
  const tt = feed.timetable;
  const calls = tripCalls(tt, leg.trip, dayNumber(leg.serviceDate), leg.fromRow, leg.toRow);
  const geometry = legGeometry(tt, leg.trip, leg.fromRow, leg.toRow);
  const n = calls.length;
  const trip = presentTripRef(feed, leg.trip, lang);
  return {
    type: 'train',
    trip: { ...trip, headsign: presentHeadsign(tt, leg.trip, leg.fromRow, leg.headsign, lang) },
    from,
    to,
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
