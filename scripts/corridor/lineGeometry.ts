import type { LinePoint } from './loadCorridor.ts';

/** The shape id of a line in one direction (0 along the line's sequence, 1 against it). */
export function shapeId(line: string, directionId: 0 | 1): string {
  return `${line}_${directionId}`;
}

/**
 * Distance of a line point from the start of the line in running direction: straight-line km from
 * line_sequences.csv `cum_straight_km`, rounded to 0.1 km (the source's precision).
 */
export function distanceAlong(points: readonly LinePoint[], point: LinePoint, directionId: 0 | 1): number {
  const km = directionId === 0 ? point.km : points[points.length - 1].km - point.km;
  return Math.round(km * 10) / 10;
}
