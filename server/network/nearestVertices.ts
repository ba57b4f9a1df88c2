import type { LonLat } from './geo.ts';

/**
 * For stops visited in order along a polyline, the index of the vertex nearest to each stop, never
 * going backwards (a line may pass near a stop twice). Distances are compared in an equirectangular
 * projection, which is exact enough at the scale of a station.
 */
export function nearestVertices(line: readonly LonLat[], stops: readonly LonLat[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (const [lon, lat] of stops) {
    const k = Math.cos((lat * Math.PI) / 180);
    let best = from;
    let bestD = Infinity;
    for (let v = from; v < line.length; v++) {
      const dx = (line[v][0] - lon) * k;
      const dy = line[v][1] - lat;
      const d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = v;
      }
    }
    out.push(best);
    from = best;
  }
  return out;
}
