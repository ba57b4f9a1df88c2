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
      '18:00+1d O –E→ 20:00+1d Z | 08:00+2d Z –F→ 10:00+2d D',
    ]);
  });
});
