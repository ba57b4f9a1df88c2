import { distanceMetres } from '../distanceMetres.ts';

/**
 * Pairs (i < j) of the given points at most `metres` apart, found through a grid of cells about
 * `metres` wide (each point is compared with its own and the neighbouring cells only). Points with a
 * NaN coordinate are never paired. `lat`/`lon` are degrees, indexed like `points`.
 */
export function nearbyPairs(
  points: readonly number[],
  lat: ArrayLike<number>,
  lon: ArrayLike<number>,
  metres: number,
): [number, number][] {
  const cellLat = metres / 111_000;
  const cells = new Map<string, number[]>();
  const cellOf = (p: number): [number, number] => {
    const cy = Math.floor(lat[p] / cellLat);
    // Longitude cells shrink towards the poles; size them at the cell's own latitude.
    const cellLon = cellLat / Math.max(0.01, Math.cos((cy * cellLat * Math.PI) / 180));
    return [cy, Math.floor(lon[p] / cellLon)];
  };
  for (const p of points) {
    if (!Number.isFinite(lat[p]) || !Number.isFinite(lon[p])) continue;
    const [cy, cx] = cellOf(p);
    const key = `${cy}:${cx}`;
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  }
  const out: [number, number][] = [];
  for (const p of points) {
    if (!Number.isFinite(lat[p]) || !Number.isFinite(lon[p])) continue;
    const [cy, cx] = cellOf(p);
    // Neighbouring rows may size their longitude cells differently: look two cells wide there.
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -2; dx <= 2; dx++) {
        const list = cells.get(`${cy + dy}:${cx + dx}`);
        if (!list) continue;
        for (const q of list)
          if (q > p && distanceMetres([lon[p], lat[p]], [lon[q], lat[q]]) <= metres) out.push([p, q]);
      }
  }
  return out;
}
