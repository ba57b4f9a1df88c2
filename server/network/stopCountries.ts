import type { Timetable } from '../timetable/Timetable.ts';
import type { CountryLocator } from './countryLocator.ts';

/**
 * The country (ISO alpha-2, '' when unknown) of every stop: the feed's own `stop_country` when given
 * (an override, e.g. for a station right on a border), else the polygon containing its coordinates,
 * else its parent station's.
 */
export function stopCountries(timetable: Timetable, locator: CountryLocator): string[] {
  const { stops } = timetable;
  const out = new Array<string>(stops.count);
  for (let i = 0; i < stops.count; i++)
    out[i] = stops.country[i] || locator.countryAt(stops.lon[i], stops.lat[i]);
  for (let i = 0; i < stops.count; i++) if (!out[i] && stops.parent[i] >= 0) out[i] = out[stops.parent[i]];
  return out;
}
