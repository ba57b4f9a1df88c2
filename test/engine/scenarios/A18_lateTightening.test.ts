import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan } from '../util/plan.ts';

/**
 * The latest departure of a depart-after journey may lie past the first train's 24 h, on a way the
 * first search never took. Wednesday 09:00 from O to D: the first train within 24 h is A (Wednesday
 * 10:00, to X), onward with G on Friday, arriving 10:00. Thursday's E leaves O at 18:00, after the
 * 24 h, and F takes on from Z to the same arrival. The first search never reaches Z (E is past its
 * limit), so its labels alone would say Z cannot be reached in time; the tightening search must still
 * find the way through Z. (H, on Mondays, only makes the lower bound from Z shorter than F's ride.)
 * Both cases fail if the tightening search trusts the first search's labels alone (FirstSearchBound).
 * The answer for one transfer still leaves within the 24 h (A, then G); the later way is offered as
 * its own journey.
 */
const tt = buildTimetable({
  stops: ['O', 'X', 'Z', 'D'],
  services: {
    thu: { from: '2026-01-01', to: '2026-12-31', weekdays: '0001000' },
    fri: { from: '2026-01-01', to: '2026-12-31', weekdays: '0000100' },
    mon: { from: '2026-01-01', to: '2026-12-31', weekdays: '1000000' },
  },
  trips: [
    { id: 'A', times: 'O 10:00, X 12:00' },
    { id: 'G', service: 'fri', times: 'X 06:00, D 10:00' },
    { id: 'E', service: 'thu', times: 'O 18:00, Z 20:00' },
    { id: 'F', service: 'fri', times: 'Z 08:00, D 10:00' },
    { id: 'H', service: 'mon', times: 'Z 12:00, D 13:00' },
  ],
});

describe('A18 tightening past the first 24 h', () => {
  it('reports the later departure through a stop the first search did not reach', () => {
    expect(plan(tt, { from: 'O', to: 'D', date: '2026-04-01', time: '09:00' })).toEqual([
      '10:00 O –A→ 12:00 X | 06:00+2d X –G→ 10:00+2d D',
      '18:00+1d O –E→ 20:00+1d Z | 08:00+2d Z –F→ 10:00+2d D',
    ]);
  });
});

/**
 * The mirror for arrive-by: arriving at D by Friday 15:00, the last train within 24 h before it is A
 * (Friday 12:00 from X), reached from O with G on Wednesday at 10:00. F leaves O at the same time for Z,
 * and Thursday's E takes on from Z to D, arriving at 12:00, more than 24 h before 15:00: the earliest
 * arrival from that departure, on a way the first search never took: offered as its own journey beside
 * the answer, whose last train arrives within the 24 h (G, then A).
 */
const mirror = buildTimetable({
  stops: ['O', 'X', 'Z', 'D'],
  services: {
    wed: { from: '2026-01-01', to: '2026-12-31', weekdays: '0010000' },
    thu: { from: '2026-01-01', to: '2026-12-31', weekdays: '0001000' },
  },
  trips: [
    { id: 'A', times: 'X 12:00, D 14:00' },
    { id: 'G', service: 'wed', times: 'O 10:00, X 14:00' },
    { id: 'F', service: 'wed', times: 'O 10:00, Z 12:00' },
    { id: 'E', service: 'thu', times: 'Z 10:00, D 12:00' },
  ],
});

describe("A18 arrive-by: the earliest arrival before the last train's 24 h", () => {
  it('reports the earlier arrival through a stop the first search did not reach', () => {
    expect(plan(mirror, { from: 'O', to: 'D', date: '2026-04-03', time: '15:00', arriveBy: true })).toEqual([
      '10:00-2d O –G→ 14:00-2d X | 12:00 X –A→ 14:00 D',
      '10:00-2d O –F→ 12:00-2d Z | 10:00-1d Z –E→ 12:00-1d D',
    ]);
  });
});
