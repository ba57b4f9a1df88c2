import type { Timetable } from '../timetable/Timetable.ts';

/**
 * The geometry of riding trip `trip` from stop-time row `fromRow` to `toRow`, as [lon, lat] pairs:
 * the trip's shape cut at the two stops (by shape_dist_traveled when both stops and shape have it,
 * else at the shape points nearest to the stops, searched in order), else the stops' polyline.
 */
export function legGeometry(tt: Timetable, trip: number, fromRow: number, toRow: number): [number, number][] {
  const st = tt.stops;
  const tr = tt.trips;
  const stopLine = (): [number, number][] => {
    const out: [number, number][] = [];
    for (let r = fromRow; r <= toRow; r++) {
      const s = tr.stStop[r];
      const lat = Number.isNaN(st.lat[s]) && st.parent[s] >= 0 ? st.lat[st.parent[s]] : st.lat[s];
      const lon = Number.isNaN(st.lon[s]) && st.parent[s] >= 0 ? st.lon[st.parent[s]] : st.lon[s];
      if (!Number.isNaN(lat) && !Number.isNaN(lon)) out.push([lon, lat]);
    }
    return out;
  };
  const shape = tr.shape[trip];
  if (shape < 0) return stopLine();
  const sh = tt.shapes;
  const a = sh.ptStart[shape];
  const b = sh.ptStart[shape + 1];
  if (b - a < 2) return stopLine();
  let i0 = -1;
  let i1 = -1;
  const d0 = tr.stDist[fromRow];
  const d1 = tr.stDist[toRow];
  if (!Number.isNaN(d0) && !Number.isNaN(d1) && !Number.isNaN(sh.dist[a]) && !Number.isNaN(sh.dist[b - 1])) {
    i0 = a;
    while (i0 + 1 < b && sh.dist[i0 + 1] <= d0) i0++;
    i1 = i0;
    while (i1 + 1 < b && sh.dist[i1] < d1) i1++;
  } else {
    i0 = nearest(tt, tr.stStop[fromRow], a, b);
    i1 = nearest(tt, tr.stStop[toRow], i0, b);
  }
  if (i1 <= i0) return stopLine();
  const out: [number, number][] = [];
  for (let i = i0; i <= i1; i++) out.push([sh.lon[i], sh.lat[i]]);
  return out;
}

/** Index in [a, b) of the shape point nearest to stop s (planar distance on degrees, lon scaled). */
function nearest(tt: Timetable, s: number, a: number, b: number): number {
  const lat = tt.stops.lat[s];
  const lon = tt.stops.lon[s];
  const k = Math.cos((lat * Math.PI) / 180);
  let best = a;
  let bestD = Number.POSITIVE_INFINITY;
  for (let i = a; i < b; i++) {
    const dx = (tt.shapes.lon[i] - lon) * k;
    const dy = tt.shapes.lat[i] - lat;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}
