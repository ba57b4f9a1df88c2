import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A country polygon with its ISO 3166-1 alpha-2 code and bounding box (degrees). */
export interface CountryShape {
  code: string;
  name: string;
  bbox: [minLon: number, minLat: number, maxLon: number, maxLat: number];
  feature: Feature<Polygon | MultiPolygon>;
}

/** Finds the country (ISO alpha-2, '' when none: sea or unknown) containing a WGS84 point. */
export interface CountryLocator {
  countryAt(lon: number, lat: number): string;
  shape(code: string): CountryShape | undefined;
  shapes: readonly CountryShape[];
}

/** Natural Earth names of features without an ISO numeric id in world-atlas. */
const NAMED_CODES: Record<string, string> = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };

function bboxOf(f: Feature<Polygon | MultiPolygon>): CountryShape['bbox'] {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys)
    for (const [lon, lat] of poly[0]) {
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  return [minLon, minLat, maxLon, maxLat];
}

/**
 * Builds a locator from a world-atlas TopoJSON topology (Natural Earth countries, object `countries`,
 * ids are ISO 3166-1 numeric). Lookups test the bounding boxes first, then the polygons.
 */
export function createCountryLocator(topology: Topology): CountryLocator {
  const fc = feature(topology, topology.objects.countries as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const shapes: CountryShape[] = [];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const code =
      (f.id !== undefined ? countries.numericToAlpha2(String(f.id)) : undefined) ??
      NAMED_CODES[f.properties.name];
    if (!code) continue;
    shapes.push({ code, name: f.properties.name, bbox: bboxOf(f), feature: f });
  }
  const byCode = new Map(shapes.map((s) => [s.code, s]));
  return {
    shapes,
    shape: (code) => byCode.get(code),
    countryAt(lon, lat) {
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) return '';
      for (const s of shapes) {
        const [a, b, c, d] = s.bbox;
        if (lon < a || lon > c || lat < b || lat > d) continue;
        if (booleanPointInPolygon([lon, lat], s.feature)) return s.code;
      }
      return '';
    },
  };
}
