import type { Position } from 'geojson';
import type { CountryLocator } from './countryLocator.ts';

/** How far off every land polygon a stop may lie and still take the nearest country (metres). */
export const NEAREST_COUNTRY_METRES = 10_000;

const M_PER_DEG = 111_195;

/**
 * The country whose polygon boundary is nearest to a point outside every polygon, when it is within
 * `maxMetres` (Natural Earth's generalised coastline leaves harbour and seafront stations, such as
 * Port-Bou or Granville, in the sea); '' otherwise. Distances on a local equirectangular plane, good
 * to a few metres at this range. `only`: that country's polygon alone (is the point within
 * `maxMetres` of it?).
 */
export function nearestCountry(
  locator: CountryLocator,
  lon: number,
  lat: number,
  maxMetres = NEAREST_COUNTRY_METRES,
  only?: string,
): string {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return '';
  const kx = M_PER_DEG * Math.cos((lat * Math.PI) / 180);
  const ky = M_PER_DEG;
  const padLat = maxMetres / ky;
  const padLon = maxMetres / Math.max(kx, 1);
  let best = '';
  let bestD2 = maxMetres * maxMetres;
  for (const s of locator.shapes) {
    if (only !== undefined && s.code !== only) continue;
    const [a, b, c, d] = s.bbox;
    if (lon < a - padLon || lon > c + padLon || lat < b - padLat || lat > d + padLat) continue;
    const g = s.feature.geometry;
    const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const poly of polys)
      for (const ring of poly)
        for (let i = 0; i + 1 < ring.length; i++) {
          const d2 = segmentDistance2(ring[i], ring[i + 1], lon, lat, kx, ky);
          if (d2 < bestD2) {
            bestD2 = d2;
            best = s.code;
          }
        }
  }
  return best;
}

/** Squared distance (m²) from (lon, lat) to the segment p–q, all in degrees, scaled by kx, ky. */
function segmentDistance2(
  p: Position,
  q: Position,
  lon: number,
  lat: number,
  kx: number,
  ky: number,
): number {
  const px = (p[0] - lon) * kx;
  const py = (p[1] - lat) * ky;
  const dx = (q[0] - p[0]) * kx;
  const dy = (q[1] - p[1]) * ky;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, -(px * dx + py * dy) / len2)) : 0;
  const x = px + t * dx;
  const y = py + t * dy;
  return x * x + y * y;
}
