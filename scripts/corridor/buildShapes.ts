import { distanceAlong, shapeId } from './lineGeometry.ts';
import type { LinePoint } from './loadCorridor.ts';
import type { Cell } from './writeCsv.ts';

/**
 * shapes.txt rows (shape_id, shape_pt_lat, shape_pt_lon, shape_pt_sequence, shape_dist_traveled) for a line
 * in one direction: a polyline through its ordered stops and its border crossing point, with
 * shape_dist_traveled in straight-line km from the line's first point in that direction. No true track
 * geometry is public (SOURCES.md), so the polyline is the best honest shape.
 */
export function buildShape(line: string, points: readonly LinePoint[], directionId: 0 | 1): Cell[][] {
  const ordered = directionId === 0 ? points : [...points].reverse();
  return ordered.map((p, k) => [
    shapeId(line, directionId),
    p.lat,
    p.lon,
    k + 1,
    distanceAlong(points, p, directionId).toFixed(1),
  ]);
}
