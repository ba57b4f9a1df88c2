import type { Graph } from '@dagrejs/graphlib';
import type { Timetable } from '../timetable/Timetable.ts';
import { distanceMetres } from './geo.ts';
import { stationOf } from './stationOf.ts';
import { trackGraph } from './trackGraph.ts';

/**
 * A line: a maximal path of the track graph between two stations where lines end or meet (degree
 * other than 2, or where trips start or end), ordered from `stations[0]`; `km[i]` is the distance
 * along the line to `stations[i]`, summed from the stations' coordinates (great circle between
 * consecutive stations), kilometres. `id` is `<first stop_id>--<last stop_id>` (plus `~n` when two
 * lines share their ends).
 */
export interface Line {
  id: string;
  /** Station indexes (StopIdx of the station, or of the stop when it has no parent). */
  stations: number[];
  km: number[];
}

/**
 * The lines of a feed, from its station graph (buildStationGraph) and stop sequences: express chords
 * removed (trackGraph), then the graph cut at termini, junctions and stations where trips start or
 * end; cycles without such a station become one line starting at their lowest station index.
 * Sorted by id.
 */
export function findLines(timetable: Timetable, graph: Graph): Line[] {
  const g = trackGraph(timetable, graph);
  const { trips, stops } = timetable;
  const ends = new Set<string>();
  for (let t = 0; t < trips.count; t++) {
    if (trips.stStart[t + 1] <= trips.stStart[t]) continue;
    ends.add(String(stationOf(stops, trips.stStop[trips.stStart[t]])));
    ends.add(String(stationOf(stops, trips.stStop[trips.stStart[t + 1] - 1])));
  }
  const isBreak = (n: string) => ends.has(n) || (g.neighbors(n)?.length ?? 0) !== 2;
  const used = new Set<string>();
  const edgeKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const paths: string[][] = [];
  const walk = (start: string, next: string) => {
    const path = [start];
    let prev = start;
    let cur = next;
    used.add(edgeKey(start, next));
    while (true) {
      path.push(cur);
      if (isBreak(cur) || cur === start) break;
      const onward = (g.neighbors(cur) ?? []).find((x) => x !== prev && !used.has(edgeKey(cur, x)));
      if (onward === undefined) break;
      used.add(edgeKey(cur, onward));
      prev = cur;
      cur = onward;
    }
    paths.push(path);
  };
  const nodes = g.nodes().sort((a, b) => Number(a) - Number(b));
  for (const n of nodes) {
    if (!isBreak(n)) continue;
    for (const m of g.neighbors(n) ?? []) if (!used.has(edgeKey(n, m))) walk(n, m);
  }
  for (const n of nodes) {
    for (const m of g.neighbors(n) ?? []) if (!used.has(edgeKey(n, m))) walk(n, m);
  }
  const lines: Line[] = [];
  const seen = new Map<string, number>();
  for (const p of paths) {
    let stations = p.map(Number);
    // Read a line from its lower stop_id end, so the id does not depend on the walk's direction.
    if (stops.id[stations[0]] > stops.id[stations[stations.length - 1]]) stations = stations.reverse();
    const km = [0];
    for (let i = 1; i < stations.length; i++) {
      const a = stations[i - 1];
      const b = stations[i];
      const d = distanceMetres([stops.lon[a], stops.lat[a]], [stops.lon[b], stops.lat[b]]);
      km.push(km[i - 1] + (Number.isFinite(d) ? d / 1000 : 0));
    }
    let id = `${stops.id[stations[0]]}--${stops.id[stations[stations.length - 1]]}`;
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    if (n > 0) id = `${id}~${n + 1}`;
    lines.push({ id, stations, km });
  }
  return lines.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
