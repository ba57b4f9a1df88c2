import type { Graph } from '@dagrejs/graphlib';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Timetable } from '../timetable/Timetable.ts';
import type { CountryLocator } from './countryLocator.ts';
import { crossingsOfRun } from './crossingsOfRun.ts';
import { stationOf } from './stationOf.ts';
import { tripGeometry } from './tripGeometry.ts';

/** Feature properties of the network map (see the API contract's networkFeatureProps). */
export type NetworkProps =
  | { kind: 'line'; id: string; name: string; color: string | null; routes: string[] }
  | {
      kind: 'station';
      id: string;
      name: string;
      country: string;
      isBorder: boolean;
      major: boolean;
      departures: number;
    }
  | {
      kind: 'borderCrossing';
      fromCountry: string;
      toCountry: string;
      afterStop: string;
      beforeStop: string;
      advisory: string | null;
    };

/** Inputs derived once per feed. `calls[i]`: trips calling at stop i (stations include their platforms). */
export interface NetworkInputs {
  timetable: Timetable;
  countries: readonly string[];
  border: Uint8Array;
  calls: ArrayLike<number>;
  graph: Graph;
  locator: CountryLocator;
  /** Advisory text for a crossing, in the caller's language, or null. */
  advisory: (from: string, to: string) => string | null;
  /** Display name of a stop or route in the caller's language. */
  stopName: (stop: number) => string;
}

/**
 * The network as GeoJSON: one LineString per distinct geometry that trips run on (a shape, else a
 * stop sequence), one Point per station with calls, one Point per border crossing. Distinct
 * geometries are processed once, so a 80,000-trip feed costs as much as its few hundred patterns.
 */
export function buildNetworkGeoJson(
  input: NetworkInputs,
): FeatureCollection<LineString | Point, NetworkProps> {
  const { timetable, countries, border, calls, graph } = input;
  const { trips, stops, routes, shapes } = timetable;
  const lines = new Map<string, { trip: number; routes: Set<number> }>();
  // Crossings depend on the stops a trip calls at, not only on its shape: a shape shared by a
  // domestic and a cross-border trip must still yield the crossing, so they are found per sequence.
  const sequences = new Map<string, number>();
  // Where trips start or end: with junctions (degree >= 3), the stations drawn as major ones.
  const termini = new Set<number>();
  for (let t = 0; t < trips.count; t++) {
    if (trips.stStart[t + 1] > trips.stStart[t]) {
      termini.add(stationOf(stops, trips.stStop[trips.stStart[t]]));
      termini.add(stationOf(stops, trips.stStop[trips.stStart[t + 1] - 1]));
    }
    const sequence = stopSequenceKey(timetable, t);
    if (!sequences.has(sequence)) sequences.set(sequence, t);
    const key = trips.shape[t] >= 0 ? `s${trips.shape[t]}` : sequence;
    const entry = lines.get(key);
    if (entry) entry.routes.add(trips.route[t]);
    else lines.set(key, { trip: t, routes: new Set([trips.route[t]]) });
  }
  const features: Feature<LineString | Point, NetworkProps>[] = [];
  const crossings = new Map<string, Feature<Point, NetworkProps>>();
  for (const [key, { trip, routes: routeSet }] of lines) {
    const line = tripGeometry(timetable, trip);
    if (line.length < 2) continue;
    const routeList = [...routeSet];
    const first = routes[routeList[0]];
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: line },
      properties: {
        kind: 'line',
        id: key.startsWith('s') ? shapes.id[trips.shape[trip]] : `trip:${trips.id[trip]}`,
        name: routeList.map((r) => routes[r].shortName || routes[r].longName).join(', '),
        color: first.color ? `#${first.color}` : null,
        routes: routeList.map((r) => routes[r].id),
      },
    });
  }
  for (const trip of sequences.values()) {
    for (const c of tripCrossings(input, trip)) {
      const id = `${c.fromCountry}>${c.toCountry}@${c.point[0].toFixed(4)},${c.point[1].toFixed(4)}`;
      if (crossings.has(id)) continue;
      crossings.set(id, {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: c.point },
        properties: {
          kind: 'borderCrossing',
          fromCountry: c.fromCountry,
          toCountry: c.toCountry,
          afterStop: stops.id[c.after],
          beforeStop: stops.id[c.before],
          advisory: input.advisory(c.fromCountry, c.toCountry),
        },
      });
    }
  }
  for (const node of graph.nodes()) {
    const s = Number(node);
    if (!Number.isFinite(stops.lat[s])) continue;
    const degree = graph.neighbors(node)?.length ?? 0;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [stops.lon[s], stops.lat[s]] },
      properties: {
        kind: 'station',
        id: stops.id[s],
        name: input.stopName(s),
        country: countries[s],
        isBorder: border[s] === 1,
        major: degree >= 3 || termini.has(s),
        departures: calls[s] ?? 0,
      },
    });
  }
  features.push(...crossings.values());
  return { type: 'FeatureCollection', features };
}

function stopSequenceKey(timetable: Timetable, trip: number): string {
  const { trips, stops } = timetable;
  let key = 'q';
  for (let r = trips.stStart[trip]; r < trips.stStart[trip + 1]; r++)
    key += `${stationOf(stops, trips.stStop[r])},`;
  return key;
}

function tripCrossings(input: NetworkInputs, trip: number) {
  const { timetable } = input;
  const { trips } = timetable;
  const run: number[] = [];
  for (let r = trips.stStart[trip]; r < trips.stStart[trip + 1]; r++) run.push(trips.stStop[r]);
  return crossingsOfRun(
    timetable.stops,
    input.countries,
    run,
    () => tripGeometry(timetable, trip),
    input.locator,
  );
}
