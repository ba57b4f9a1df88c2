import type { Graph } from '@dagrejs/graphlib';
import { stationOf } from '../network/stationOf.ts';
import type { Timetable } from '../timetable/Timetable.ts';

/** What defaultStations reads from a loaded feed. */
export interface NetworkView {
  timetable: Timetable;
  /** The station graph of server/network/buildStationGraph (node = station index as a string). */
  graph: Graph;
  /** 1 for border stops and stations. */
  border: Uint8Array;
}

/**
 * A halt named after its kilometre post ("462 км", "km 471", "471 km"): on Russian and Belarusian
 * lines the name of a stop with no place of its own, which nobody travels to as a destination.
 */
export function isKilometrePost(name: string): boolean {
  return /^\s*(\d+\s*-?\s*(км|km)|(км|km)\s*\d+)\s*$/iu.test(name);
}

/**
 * The stations a comparison looks at when none are named, places people travel between: where lines
 * end (a trip starts or ends there, or station-graph degree 1) or meet (degree 3 or more), and border
 * stations; never a halt named after its kilometre post. GTFS stop ids, in graph order.
 */
export function defaultStations(feed: NetworkView): string[] {
  const { stops, trips } = feed.timetable;
  const ends = new Set<number>();
  for (let t = 0; t < trips.count; t++) {
    if (trips.stStart[t + 1] <= trips.stStart[t]) continue;
    ends.add(stationOf(stops, trips.stStop[trips.stStart[t]]));
    ends.add(stationOf(stops, trips.stStop[trips.stStart[t + 1] - 1]));
  }
  const out: string[] = [];
  for (const node of feed.graph.nodes()) {
    const s = Number(node);
    const degree = feed.graph.neighbors(node)?.length ?? 0;
    const border = feed.border[s] === 1 && stops.parent[s] < 0;
    if (isKilometrePost(stops.name[s])) continue;
    if (degree !== 2 || border || ends.has(s)) out.push(stops.id[s]);
  }
  return out;
}
