import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan } from '../util/plan.ts';

/**
 * Range queries (rRAPTOR): every journey departing in the window that no other beats in (later
 * departure, earlier arrival, fewer transfers), sorted by departure.
 */
const tt = buildTimetable({
  stops: ['A', 'B', 'C'],
  trips: [
    { id: 'S8', route: 'S', times: 'A 08:00, C 12:00' },
    { id: 'S10', route: 'S', times: 'A 10:00, C 14:00' },
    { id: 'F1', route: 'F', times: 'A 08:10, B 09:00' },
    { id: 'F2', route: 'F', times: 'A 08:20, B 09:10' },
    { id: 'G', times: 'B 09:20, C 10:00' },
    { id: 'L', times: 'A 09:00, C 13:30' },
  ],
});

describe('A12 range', () => {
  it('lists the Pareto set of the window', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '07:30', windowMinutes: 180 })).toEqual([
      '08:00 A –S8→ 12:00 C',
      '08:20 A –F2→ 09:10 B | 09:20 B –G→ 10:00 C',
      '09:00 A –L→ 13:30 C',
      '10:00 A –S10→ 14:00 C',
    ]);
  });

  it('drops a journey beaten by a later departure (F1 by F2)', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '08:05', windowMinutes: 20 })).toEqual([
      '08:20 A –F2→ 09:10 B | 09:20 B –G→ 10:00 C',
    ]);
  });

  it('considers only departures inside the window', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '08:30', windowMinutes: 20 })).toEqual([]);
  });
});
