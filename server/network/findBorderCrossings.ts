import type { CountryLocator } from './countryLocator.ts';
import { distanceMetres, type LonLat } from './geo.ts';
import { segmentBoundaryHit } from './segmentBoundaryHit.ts';

/** A stop as the border finder needs it: position and country (ISO alpha-2, '' when unknown). */
export interface PlacedStop {
  lon: number;
  lat: number;
  country: string;
}

/** Where a train leg passes from one country into another. */
export interface BorderCrossing {
  fromCountry: string;
  toCountry: string;
  /** The crossing point, [lon, lat] degrees. */
  point: LonLat;
  /** Index (in the leg's stop list) of the last stop before the border and the first after it. */
  afterStop: number;
  beforeStop: number;
}

/**
 * Natural Earth's generalised border lies up to ≈ 1 km from the real one: when the leg's geometry has
 * a vertex this close to the computed crossing (a feed that draws its shape through the surveyed
 * crossing point, as the corridor feeds do), that vertex is the crossing.
 */
export const SNAP_TO_VERTEX_METRES = 2_000;

/**
 * Finds the border crossings of one train leg: between every two consecutive stops whose countries
 * differ, the point where the leg's geometry leaves the first country (intersection with its polygon
 * boundary), snapped to a geometry vertex within `SNAP_TO_VERTEX_METRES`. Works for any feed.
 *
 * `geometry` is the leg's polyline; `stopVertex[i]` is the index of the geometry vertex nearest to
 * stop i (non-decreasing). Stops of unknown country ('') are skipped over.
 */
export function findBorderCrossings(
  stops: readonly PlacedStop[],
  geometry: readonly LonLat[],
  stopVertex: readonly number[],
  locator: CountryLocator,
): BorderCrossing[] {
  const crossings: BorderCrossing[] = [];
  let prev = -1;
  for (let i = 0; i < stops.length; i++) {
    if (!stops[i].country) continue;
    if (prev >= 0 && stops[prev].country !== stops[i].country) {
      const from = stops[prev].country;
      const to = stops[i].country;
      const a = Math.min(stopVertex[prev] ?? 0, geometry.length - 1);
      const b = Math.max(a, Math.min(stopVertex[i] ?? geometry.length - 1, geometry.length - 1));
      const piece: LonLat[] =
        b > a
          ? geometry.slice(a, b + 1)
          : [
              [stops[prev].lon, stops[prev].lat],
              [stops[i].lon, stops[i].lat],
            ];
      crossings.push({
        fromCountry: from,
        toCountry: to,
        point: crossingPoint(piece, from, to, locator),
        afterStop: prev,
        beforeStop: i,
      });
    }
    prev = i;
  }
  return crossings;
}

/** The point where `piece` (starting in `from`) meets the border of `from`, else its midpoint. */
function crossingPoint(piece: LonLat[], from: string, to: string, locator: CountryLocator): LonLat {
  const shape = locator.shape(from) ?? locator.shape(to);
  let found: LonLat | undefined;
  if (shape) {
    for (let k = 0; k + 1 < piece.length && !found; k++)
      found = segmentBoundaryHit(piece[k], piece[k + 1], shape.feature.geometry);
  }
  const point = found ?? midpoint(piece);
  let snap: LonLat | undefined;
  let snapDist = SNAP_TO_VERTEX_METRES;
  // Interior vertices only: the ends are stops, never the border itself.
  for (let k = 1; k + 1 < piece.length; k++) {
    const d = distanceMetres(point, piece[k]);
    if (d <= snapDist) {
      snapDist = d;
      snap = piece[k];
    }
  }
  return snap ? [snap[0], snap[1]] : [round(point[0]), round(point[1])];
}

function midpoint(piece: LonLat[]): LonLat {
  const a = piece[0];
  const b = piece[piece.length - 1];
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
