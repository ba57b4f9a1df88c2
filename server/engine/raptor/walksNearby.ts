import { distanceMetres } from '../../timetable/distanceMetres.ts';
import type { Timetable } from '../../timetable/Timetable.ts';

/**
 * How walks between nearby stops are generated where the feed says nothing (no transfers.txt row):
 * within `radiusMetres` of each other, straight-line distance × `detour` at `speedMetresPerSecond`,
 * as route planners estimate a walk without a street network.
 */
export interface WalkSettings {
  radiusMetres: number;
  detour: number;
  speedMetresPerSecond: number;
}

/** The defaults: 400 m, × 1.3, 4.5 km/h. */
export const WALKS: WalkSettings = { radiusMetres: 400, detour: 1.3, speedMetresPerSecond: 4.5 / 3.6 };

const METRES_PER_DEGREE = 111_320;

/**
 * Calls `found(a, b, seconds)` for every ordered pair of stops (location_type 0, or called at) of
 * which trips call at one at least, of different stations (a stop's station is its parent, else itself), both with coordinates, within the radius;
 * `seconds` is the estimated walk, rounded up. A grid of cells one radius wide finds the pairs.
 */
export function walksNearby(
  tt: Timetable,
  walks: WalkSettings,
  found: (a: number, b: number, seconds: number) => void,
): void {
  const r = walks.radiusMetres;
  if (!(r > 0)) return;
  const st = tt.stops;
  const served = new Uint8Array(st.count);
  for (let i = 0; i < tt.trips.stStop.length; i++) served[tt.trips.stStop[i]] = 1;
  // Walks lead between stops trains call at, and from or to a stop none does (a place to start from).
  const walkable = (s: number) => served[s] === 1 || st.locationType[s] === 0;
  const cell = (r / METRES_PER_DEGREE) * 1.01;
  // One east-west scale for all stops, that of the latitude farthest from the equator: a degree of
  // longitude is never shorter than that, so two stops within the radius are never two cells apart.
  let far = 0;
  for (let s = 0; s < st.count; s++)
    if (walkable(s) && Number.isFinite(st.lat[s])) far = Math.max(far, Math.abs(st.lat[s]));
  const scale = Math.max(0.01, Math.cos((Math.min(far, 89) * Math.PI) / 180));
  const x = (s: number) => Math.floor((st.lon[s] * scale) / cell);
  const y = (s: number) => Math.floor(st.lat[s] / cell);
  const grid = new Map<string, number[]>();
  for (let s = 0; s < st.count; s++) {
    if (!walkable(s) || !Number.isFinite(st.lat[s]) || !Number.isFinite(st.lon[s])) continue;
    const key = `${x(s)},${y(s)}`;
    const list = grid.get(key);
    if (list) list.push(s);
    else grid.set(key, [s]);
  }
  const station = (s: number) => (st.parent[s] >= 0 ? st.parent[s] : s);
  for (const [key, list] of grid) {
    const [cx, cy] = key.split(',').map(Number);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const other = grid.get(`${cx + dx},${cy + dy}`);
        if (!other) continue;
        for (const a of list) {
          for (const b of other) {
            if (a === b || station(a) === station(b) || (!served[a] && !served[b])) continue;
            const d = distanceMetres([st.lon[a], st.lat[a]], [st.lon[b], st.lat[b]]);
            if (d <= r) found(a, b, Math.ceil((d * walks.detour) / walks.speedMetresPerSecond));
          }
        }
      }
    }
  }
}
