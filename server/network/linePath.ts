import { alg, type Graph } from '@dagrejs/graphlib';
import type { Timetable } from '../timetable/Timetable.ts';
import type { Line } from './findLines.ts';
import { distanceMetres } from './geo.ts';

/**
 * The line between any two stations: the shortest path over the track graph (trackGraph; edges
 * weighted by great-circle distance), as a Line with id `<from id>--<to id>`; null when they are not
 * connected. Lets a planner draw e.g. Smolensk–Vitebsk on a feed whose trains all end at the border.
 */
export function linePath(timetable: Timetable, track: Graph, from: number, to: number): Line | null {
  const { stops } = timetable;
  const pos = (s: number): [number, number] => [stops.lon[s], stops.lat[s]];
  const weight = (e: { v: string; w: string }) => {
    const d = distanceMetres(pos(Number(e.v)), pos(Number(e.w)));
    return Number.isFinite(d) ? d : 1;
  };
  const a = String(from);
  const b = String(to);
  if (!track.hasNode(a) || !track.hasNode(b) || a === b) return null;
  const paths = alg.dijkstra(track, a, weight, (v) => track.nodeEdges(v) ?? []);
  if (!Number.isFinite(paths[b]?.distance)) return null;
  const stations = [to];
  for (let v = b; v !== a; v = paths[v].predecessor) stations.push(Number(paths[v].predecessor));
  stations.reverse();
  const km = [0];
  for (let i = 1; i < stations.length; i++) {
    const d = distanceMetres(pos(stations[i - 1]), pos(stations[i]));
    km.push(km[i - 1] + (Number.isFinite(d) ? d / 1000 : 0));
  }
  return { id: `${stops.id[from]}--${stops.id[to]}`, stations, km };
}
