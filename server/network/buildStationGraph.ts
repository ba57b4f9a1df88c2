import { Graph } from '@dagrejs/graphlib';
import type { Timetable } from '../timetable/Timetable.ts';
import { stationSequences } from './stationSequences.ts';

/** Edge label of the station graph: how many trips run directly between the two stations. */
export interface TrackEdge {
  trips: number;
}

/**
 * The physical network as an undirected @dagrejs/graphlib graph: one node per station (stop index as
 * a string; platforms folded into their parent), one edge per pair of stations that some trip calls
 * at consecutively, labelled with the number of such trips. Lines, junctions and termini are read
 * off it (degree 1 = terminus, >= 3 = junction). Built from the distinct station sequences (a few
 * hundred for NYC's 80,000 trips), each weighted by its trips.
 */
export function buildStationGraph(timetable: Timetable): Graph {
  const g = new Graph({ directed: false });
  for (const { stations, trips } of stationSequences(timetable)) {
    let prev = -1;
    for (const s of stations) {
      const node = String(s);
      if (!g.hasNode(node)) g.setNode(node, s);
      if (prev >= 0) {
        const a = String(prev);
        const label = g.edge(a, node) as TrackEdge | undefined;
        if (label) label.trips += trips;
        else g.setEdge(a, node, { trips } satisfies TrackEdge);
      }
      prev = s;
    }
  }
  return g;
}
