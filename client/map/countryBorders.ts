import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** The part of the world the corridor map cares about (Baltic to Moscow), with room to pan. */
export const REGION_BBOX: BBox = [18, 47, 44, 62];

/** Country polygons and the land borders between countries, cut down to a region. */
export interface CountryBorders {
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  borders: Feature<MultiLineString>;
}

const inBox = ([lon, lat]: Position, [w, s, e, n]: BBox) => lon >= w && lon <= e && lat >= s && lat <= n;

function ringsOf(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/**
 * From a Natural Earth TopoJSON (world-atlas `countries-50m` or `-110m`): the countries with a
 * vertex inside `bbox` and the shared borders (arcs between two different countries, not coasts)
 * with a vertex inside it. Pure: tested on a tiny topology, drawn by CountryBordersLayer.
 */
export function countryBorders(topology: Topology, bbox: BBox = REGION_BBOX): CountryBorders {
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const all = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const countries = all.features.filter(
    (f) => f.geometry && ringsOf(f.geometry).some((ring) => ring.some((p) => inBox(p, bbox))),
  );
  const lines = mesh(topology, object, (a, b) => a !== b);
  const kept = lines.coordinates.filter((line) => line.some((p) => inBox(p, bbox)));
  return {
    countries: { type: 'FeatureCollection', features: countries },
    borders: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: kept } },
  };
}
