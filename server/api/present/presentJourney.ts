import type { Journey as EngineJourney, Leg as EngineLeg } from '../../engine/index.ts';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { formatInstant } from '../../timetable/time/formatInstant.ts';
import type { Journey, Leg } from '../contract/index.ts';
import { presentCrossings } from './presentCrossings.ts';
import { presentStop } from './presentStop.ts';
import { presentTripRef } from './presentTripRef.ts';

/**
 * An engine journey as the API (and `corridor plan --json`) shows it: ISO 8601 times in each stop's
 * own zone, stops with names in `lang`, leg geometry as GeoJSON, border crossings with advisories.
 * A journey is `estimated` when any of its legs is.
 */
export function presentJourney(
  feed: LoadedFeed,
  journey: EngineJourney,
  locator: CountryLocator,
  lang: string | undefined,
): Journey {
  const legs = journey.legs.map((leg) => presentLeg(feed, leg, locator, lang));
  const first = journey.legs[0];
  const last = journey.legs[journey.legs.length - 1];
  return {
    type: 'journey',
    departure: formatInstant(journey.departure, first.from.zone),
    arrival: formatInstant(journey.arrival, last.to.zone),
    duration: journey.duration,
    transfers: journey.transfers,
    estimated: journey.legs.some(
      (l) => l.type === 'train' && (l.estimated || l.stops.some((s) => s.estimated)),
    ),
    legs,
  };
}

function presentLeg(
  feed: LoadedFeed,
  leg: EngineLeg,
  locator: CountryLocator,
  lang: string | undefined,
): Leg {
  const from = {
    stop: presentStop(feed, leg.from.stop, lang),
    departure: formatInstant(leg.from.time, leg.from.zone),
  };
  const to = { stop: presentStop(feed, leg.to.stop, lang), arrival: formatInstant(leg.to.time, leg.to.zone) };
  if (leg.type === 'walk') {
    const s = feed.timetable.stops;
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
  const n = leg.stops.length;
  return {
    type: 'train',
    trip: presentTripRef(feed, leg.trip, lang),
    from,
    to,
    duration: leg.to.time - leg.from.time,
    estimated: leg.estimated || leg.stops.some((s) => s.estimated),
    stops: leg.stops.map((s, i) => ({
      type: 'stopover' as const,
      stop: presentStop(feed, s.stop, lang),
      arrival: i === 0 ? null : formatInstant(s.arrival, s.zone),
      departure: i === n - 1 ? null : formatInstant(s.departure, s.zone),
      estimated: s.estimated,
    })),
    geometry: { type: 'LineString', coordinates: leg.geometry },
    borderCrossings: presentCrossings(
      feed,
      leg.stops.map((s) => s.stop),
      leg.geometry,
      locator,
      lang,
      // A trip's geometry between two of its calls is always the same.
      `${leg.trip}:${leg.stops[0].stop}:${leg.stops[n - 1].stop}:${n}`,
    ),
  };
}
