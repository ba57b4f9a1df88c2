import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan } from '../util/plan.ts';

/**
 * Arrive-by, the mirror of depart-after: for each number of transfers the latest departure arriving at
 * or before the time, each with the earliest arrival its departure allows.
 */
const tt = buildTimetable({
  stops: ['A', 'B', 'C'],
  trips: [
    { id: 'SLOW1', route: 'SLOW', times: 'A 06:00, C 10:00' },
    { id: 'SLOW2', route: 'SLOW', times: 'A 07:00, C 11:00' },
    { id: 'F1', route: 'F', times: 'A 08:10, B 09:00' },
    { id: 'F2', route: 'F', times: 'A 08:40, B 09:30' },
    { id: 'G1', route: 'G', times: 'B 09:10, C 10:00' },
    { id: 'G2', route: 'G', times: 'B 09:40, C 10:30' },
  ],
});

describe('A11 arrive-by', () => {
  it('returns the latest departure per number of transfers', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '10:45', arriveBy: true })).toEqual([
      '06:00 A –SLOW1→ 10:00 C',
      '08:40 A –F2→ 09:30 B | 09:40 B –G2→ 10:30 C',
    ]);
  });

  it('accepts arrival exactly at the time', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '10:00', arriveBy: true })).toEqual([
      '06:00 A –SLOW1→ 10:00 C',
      '08:10 A –F1→ 09:00 B | 09:10 B –G1→ 10:00 C',
    ]);
  });

  it('keeps both when the transfer journey leaves later; maxTransfers 0 keeps the direct one', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '11:00', arriveBy: true })).toEqual([
      '07:00 A –SLOW2→ 11:00 C',
      '08:40 A –F2→ 09:30 B | 09:40 B –G2→ 10:30 C',
    ]);
    expect(plan(tt, { from: 'A', to: 'C', time: '11:00', arriveBy: true, maxTransfers: 0 })).toEqual([
      '07:00 A –SLOW2→ 11:00 C',
    ]);
  });

  it("uses yesterday's trains when nothing fits today (within 24 h)", () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '05:00', arriveBy: true, maxTransfers: 0 })).toEqual([
      '07:00-1d A –SLOW2→ 11:00-1d C',
    ]);
  });
});
