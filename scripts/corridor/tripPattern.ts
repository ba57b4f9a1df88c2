import type { PatternStop } from './estimateTimes.ts';
import { distanceAlong, shapeId } from './lineGeometry.ts';
import type { LinePoint } from './loadCorridor.ts';

/** A trip's place on its line: running direction, shape and the stops it serves with their shape km. */
export interface TripPattern {
  /** GTFS direction_id: 0 along the line's sequence order, 1 against it. */
  directionId: 0 | 1;
  shapeId: string;
  stops: PatternStop[];
}

/**
 * Resolves a train's stopping pattern on a line: `stops = 'all'` means every stop (not the border points)
 * between `from` and `to`; a list must name stops of the line in running order and include both ends.
 * Distances are along the full-line shape of the running direction, so trips covering part of a line share
 * that shape and are located on it by shape_dist_traveled.
 */
export function tripPattern(
  line: string,
  points: readonly LinePoint[],
  from: string,
  to: string,
  stops: 'all' | readonly string[],
): TripPattern {
  const iFrom = points.findIndex((p) => p.id === from);
  const iTo = points.findIndex((p) => p.id === to);
  if (iFrom < 0 || iTo < 0) throw new Error(`${from} or ${to} is not on line ${line}`);
  if (iFrom === iTo) throw new Error(`trip from ${from} to itself`);
  const directionId = iFrom < iTo ? 0 : 1;
  const run = directionId === 0 ? points.slice(iFrom, iTo + 1) : points.slice(iTo, iFrom + 1).reverse();
  const served = run.filter((p) => !p.isBorder);
  let chosen = served;
  if (stops !== 'all') {
    const wanted = new Set(stops);
    chosen = served.filter((p) => wanted.has(p.id));
    const names = chosen.map((p) => p.id);
    if (names.length !== stops.length || names.some((id, k) => id !== stops[k]))
      throw new Error(
        `stop list ${stops.join(';')} is not in running order on ${line} from ${from} to ${to}`,
      );
    if (names[0] !== from || names[names.length - 1] !== to)
      throw new Error('stop list must start and end at from/to');
  }
  return {
    directionId,
    shapeId: shapeId(line, directionId),
    stops: chosen.map((p) => ({ stopId: p.id, km: distanceAlong(points, p, directionId) })),
  };
}
