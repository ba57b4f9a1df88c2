import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan } from '../util/plan.ts';

/**
 * No loops: a journey never boards again where it began (the origin's station). On the 2026 corridor
 * feed a page from 15:00 began "17:30 out to a halt, 20:01 back to the origin, a night's wait, then
 * tomorrow's 07:00 direct train": always beaten by waiting for the direct train at the origin.
 */
const tt = buildTimetable({
  stops: ['O', 'X', 'D'],
  services: { fri: { from: '2026-01-01', to: '2026-12-31', weekdays: '0000100' } },
  trips: [
    { id: 'OUT', times: 'O 17:30, X 18:00' },
    { id: 'BACK', times: 'X 19:30, O 20:01' },
    { id: 'DIRECT', times: 'O 07:00, D 10:13' },
    { id: 'FRI', service: 'fri', times: 'O 12:00, D 15:00' },
  ],
});

describe('A19 no loops back to the origin', () => {
  it('a range from 15:00 keeps no journey out and back to wait for the next direct train', () => {
    expect(plan(tt, { from: 'O', to: 'D', time: '15:00', windowMinutes: 240 })).toEqual([]);
  });

  it('a page from 15:00 starts with the next direct train', () => {
    expect(plan(tt, { from: 'O', to: 'D', time: '15:00', count: 1 })).toEqual([
      '07:00+1d O –DIRECT→ 10:13+1d D',
    ]);
  });

  it('depart-after never rides out and back to reach a train past the 24 h', () => {
    // Wednesday 2026-04-01 at 13:00: Friday's train leaves 47 h later; riding OUT and BACK would make
    // it "within the 24 h". Thursday's DIRECT is the answer; Friday's train is offered as its own.
    const got = plan(tt, { from: 'O', to: 'D', date: '2026-04-01', time: '13:00' });
    expect(got).toEqual(['07:00+1d O –DIRECT→ 10:13+1d D']);
    expect(got.some((j) => j.includes('BACK'))).toBe(false);
  });
});
