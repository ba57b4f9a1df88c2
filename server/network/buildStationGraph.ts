import { Graph } from '@dagrejs/graphlib';
import type { Timetable } from '../timetable/Timetable.ts';
import { stationOf } from './stationOf.ts';

/** Edge label of the station graph: how many trips run directly between the two stations. */
export interface TrackEdge {
  trips: number;
}

/**
 * The physical network as an undirected @dagrejs/graphlib graph: one node per station (stop index as
 * a string; platforms folded into their parent), one edge per pair of stations that some trip calls
 * at consecutively, labelled with the number of such trips. Lines, junctions and termini are read
 * off it (degree 1 = terminus, >= 3 = junction).
 */
export function buildStationGraph(timetable: Timetable): Graph {
  const g = new Graph({ directed: false });
  const { trips, stops } = timetable;
  for (let t = 0; t < trips.count; t++) {
    let prev = -1;
    for (let r = trips.stStart[t]; r < trips.stStart[t + 1]; r++) {
      const s = stationOf(stops, trips.stStop[r]);
      const node = String(s);
      if (!g.hasNode(node)) g.setNode(node, s);
      if (prev >= 0 && prev !== s) {
        const a = String(prev);
        const label = g.edge(a, node) as TrackEdge | undefined;
        if (label) label.trips++;
        else g.setEdge(a, node, { trips: 1 } satisfies TrackEdge);
      }
      prev = s;
    }
  }
  return g;
}
