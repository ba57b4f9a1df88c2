import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan } from '../util/plan.ts';

/** pickup_type 1 forbids boarding at a call, drop_off_type 1 forbids alighting. */
const tt = buildTimetable({
  stops: ['A', 'B', 'C', 'D'],
  trips: [
    { id: 'T', times: 'A 08:00, B 09:00 -pickup, C 10:00 -dropoff, D 11:00' },
    { id: 'LOCAL', times: 'B 12:00, C 13:00' },
  ],
});

describe('A09 pickup and drop-off', () => {
  it('cannot board where pickup_type is 1', () => {
    expect(plan(tt, { from: 'B', to: 'D', time: '08:00', maxTransfers: 0 })).toEqual([]);
    expect(plan(tt, { from: 'B', to: 'D', time: '08:00' })).toEqual([
      '12:00 B –LOCAL→ 13:00 C | 10:00+1d C –T→ 11:00+1d D',
    ]);
  });
  it('cannot alight where drop_off_type is 1', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '07:00' })).toEqual([
      '08:00 A –T→ 09:00 B | 12:00 B –LOCAL→ 13:00 C',
    ]);
  });
  it('may alight where only pickup is forbidden and board where only drop-off is', () => {
    expect(plan(tt, { from: 'A', to: 'B', time: '07:00' })).toEqual(['08:00 A –T→ 09:00 B']);
    expect(plan(tt, { from: 'C', to: 'D', time: '07:00' })).toEqual(['10:00 C –T→ 11:00 D']);
  });
});
