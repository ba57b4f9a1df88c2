import type { Stops } from '../timetable/Timetable.ts';
import type { CountryLocator } from './countryLocator.ts';
import { type BorderCrossing, findBorderCrossings } from './findBorderCrossings.ts';
import type { LonLat } from './geo.ts';
import { nearestVertices } from './nearestVertices.ts';

/** A border crossing of a run, its neighbouring stops given as stop indexes. */
export interface RunCrossing extends BorderCrossing {
  after: number;
  before: number;
}

/**
 * The border crossings of a train running through `run` (stop indexes, in order) along `geometry`
 * (computed lazily: domestic runs, the common case, never build it). `countries[i]` is stop i's country.
 */
export function crossingsOfRun(
  stops: Stops,
  countries: readonly string[],
  run: readonly number[],
  geometry: () => readonly LonLat[],
  locator: CountryLocator,
): RunCrossing[] {
  const placed = run.map((s) => ({ lon: stops.lon[s], lat: stops.lat[s], country: countries[s] }));
  const first = placed.find((p) => p.country)?.country;
  if (placed.every((p) => !p.country || p.country === first)) return [];
  const line = geometry();
  const vertices = nearestVertices(
    line,
    placed.map((p) => [p.lon, p.lat] as LonLat),
  );
  return findBorderCrossings(placed, line, vertices, locator).map((c) => ({
    ...c,
    after: run[c.afterStop],
    before: run[c.beforeStop],
  }));
}
