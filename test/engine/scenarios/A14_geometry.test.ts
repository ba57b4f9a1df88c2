import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import type { TrainLegView as TrainLeg } from '../util/legView.ts';
import { planJourneys } from '../util/plan.ts';

/**
 * Leg geometry: the trip's shape cut between boarding and alighting (by shape_dist_traveled when
 * given, else at the nearest shape points), else the polyline of the stops.
 */
const stops = [
  { id: 'A', lon: 0, lat: 0 },
  { id: 'B', lon: 2, lat: 0 },
  { id: 'C', lon: 4, lat: 0 },
];
const shape: [number, number, number?][] = [
  [0, 0, 0],
  [1, 0.5, 1],
  [2, 0, 2],
  [3, 0.5, 3],
  [4, 0, 4],
];
const geometry = (times: string, withShape: boolean, dist = true) => {
  const tt = buildTimetable({
    stops,
    trips: [{ id: 'T', times, shape: withShape ? 'S' : undefined }],
    shapes: { S: dist ? shape : shape.map(([x, y]) => [x, y] as [number, number]) },
  });
  const [j] = planJourneys(tt, { from: 'B', to: 'C', time: '07:00' });
  return (j.legs[0] as TrainLeg).geometry;
};

describe('A14 leg geometry', () => {
  it('cuts the shape by shape_dist_traveled', () => {
    expect(geometry('A 08:00 @0, B 09:00 @2, C 10:00 @4', true)).toEqual([
      [2, 0],
      [3, 0.5],
      [4, 0],
    ]);
  });
  it('cuts the shape at the nearest points without distances', () => {
    expect(geometry('A 08:00, B 09:00, C 10:00', true, false)).toEqual([
      [2, 0],
      [3, 0.5],
      [4, 0],
    ]);
  });
  it("falls back to the stops' polyline without a shape", () => {
    expect(geometry('A 08:00, B 09:00, C 10:00', false)).toEqual([
      [2, 0],
      [4, 0],
    ]);
  });
});
