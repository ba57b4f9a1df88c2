import type { Timetable } from '../timetable/Timetable.ts';
import type { CountryLocator } from './countryLocator.ts';
import { NEAREST_COUNTRY_METRES, nearestCountry } from './nearestCountry.ts';

/**
 * How close (metres) to its neighbours' country a stop must lie to be taken to be in it: Natural
 * Earth's generalised border is off by up to about 1 km. Sopron (Hungary), a station Austrian trains
 * run through and back into Austria, lies farther inside (about 5 km) and keeps its country.
 */
export const NEIGHBOUR_COUNTRY_METRES = 2_000;

/** Why a stop's country is not simply the polygon its coordinates fall in. */
export interface CountryNote {
  stop: number;
  kind: 'nearest' | 'neighbours';
  /** The country the coordinates gave ('' outside every polygon). */
  located: string;
  /** The country the stop is taken to be in. */
  country: string;
}

/** Countries of every stop and the stops whose country was inferred (for the feed's warnings). */
export interface StopCountries {
  countries: string[];
  notes: CountryNote[];
}

/**
 * The country (ISO alpha-2, '' when unknown) of every stop, in this order:
 * 1. the feed's own `stop_country` (an override, e.g. for a station right on a border; never changed);
 * 2. the Natural Earth polygon containing its coordinates;
 * 3. its parent station's;
 * 4. outside every polygon (a harbour or seafront station beyond the generalised coastline): the
 *    country whose boundary is nearest within `NEAREST_COUNTRY_METRES` (note `nearest`);
 * 5. a stop (not given by the feed) whose every neighbour on every trip calling there lies in one other
 *    country, with at least one trip calling before and after it, and which lies within
 *    `NEIGHBOUR_COUNTRY_METRES` of that country, is taken to be in it (note `neighbours`): its
 *    coordinates fall just across a border its line does not cross, and a crossing there and back
 *    would be a phantom.
 */
export function locateStopCountries(timetable: Timetable, locator: CountryLocator): StopCountries {
  const { stops, trips } = timetable;
  const out = new Array<string>(stops.count);
  const notes: CountryNote[] = [];
  for (let i = 0; i < stops.count; i++)
    out[i] = stops.country[i] || locator.countryAt(stops.lon[i], stops.lat[i]);
  for (let i = 0; i < stops.count; i++) if (!out[i] && stops.parent[i] >= 0) out[i] = out[stops.parent[i]];
  for (let i = 0; i < stops.count; i++) {
    if (out[i]) continue;
    const near = nearestCountry(locator, stops.lon[i], stops.lat[i], NEAREST_COUNTRY_METRES);
    if (!near) continue;
    out[i] = near;
    notes.push({ stop: i, kind: 'nearest', located: '', country: near });
  }
  // Neighbours of each stop over all trips: one country, else '*' (mixed); through: called mid-trip.
  const around = new Array<string | undefined>(stops.count);
  const through = new Uint8Array(stops.count);
  const see = (s: number, n: number) => {
    const c = out[n];
    if (!c) return;
    around[s] = around[s] === undefined || around[s] === c ? c : '*';
  };
  for (let t = 0; t < trips.count; t++) {
    const start = trips.stStart[t];
    const end = trips.stStart[t + 1];
    for (let r = start; r < end; r++) {
      const s = trips.stStop[r];
      if (r > start) see(s, trips.stStop[r - 1]);
      if (r + 1 < end) see(s, trips.stStop[r + 1]);
      if (r > start && r + 1 < end) through[s] = 1;
    }
  }
  for (let i = 0; i < stops.count; i++) {
    const n = around[i];
    if (stops.country[i] || !through[i] || !out[i] || n === undefined || n === '*' || n === out[i]) continue;
    if (nearestCountry(locator, stops.lon[i], stops.lat[i], NEIGHBOUR_COUNTRY_METRES, n) !== n) continue;
    notes.push({ stop: i, kind: 'neighbours', located: out[i], country: n });
    out[i] = n;
  }
  return { countries: out, notes };
}

/** The country of every stop (see `locateStopCountries`). */
export function stopCountries(timetable: Timetable, locator: CountryLocator): string[] {
  return locateStopCountries(timetable, locator).countries;
}
