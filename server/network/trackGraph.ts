import { Graph } from '@dagrejs/graphlib';
import type { Timetable } from '../timetable/Timetable.ts';
import { stationSequences } from './stationSequences.ts';

/**
 * The station graph (see buildStationGraph) without express chords: an edge between two stations
 * that some trip calls at consecutively is dropped when another trip calls at both with stations in
 * between (a train skipping stops runs over the same track). What remains is the track as the
 * stopping trains describe it, where degree 2 means "on a line". A copy; `graph` is not changed.
 */
export function trackGraph(timetable: Timetable, graph: Graph): Graph {
  const skipped = new Set<string>();
  const key = (a: number, b: number) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  // Each distinct station sequence once: the NYC subway's 80,000 trips run ~1,000 of them, and the
  // pairs of a sequence grow with its square (pairs of every trip took 4 s there).
  for (const { stations: seq } of stationSequences(timetable))
    for (let i = 0; i < seq.length; i++)
      for (let j = i + 2; j < seq.length; j++) skipped.add(key(seq[i], seq[j]));
  const g = new Graph({ directed: false });
  for (const n of graph.nodes()) g.setNode(n, graph.node(n));
  for (const e of graph.edges()) {
    if (!skipped.has(key(Number(e.v), Number(e.w)))) g.setEdge(e.v, e.w, graph.edge(e));
  }
  return g;
}
