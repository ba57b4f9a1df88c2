import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan, planJourneys } from '../util/plan.ts';

/** One line A-B-C with three trains a day: the basic depart-after query. */
const tt = buildTimetable({
  stops: ['A', 'B', 'C'],
  trips: [
    { id: 'T1', route: 'R', times: 'A 08:00, B 09:00/09:05, C 10:00' },
    { id: 'T2', route: 'R', times: 'A 12:00, B 13:00/13:05, C 14:00' },
    { id: 'T3', route: 'R', times: 'A 16:00, B 17:00/17:05, C 18:00' },
  ],
});

describe('A01 single route', () => {
  it('takes the first train departing at or after the query time', () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '08:00' })).toEqual(['08:00 A –T1→ 10:00 C']);
    expect(plan(tt, { from: 'A', to: 'C', time: '08:01' })).toEqual(['12:00 A –T2→ 14:00 C']);
  });

  it('boards and alights at intermediate stops', () => {
    expect(plan(tt, { from: 'B', to: 'C', time: '13:00' })).toEqual(['13:05 B –T2→ 14:00 C']);
    expect(plan(tt, { from: 'A', to: 'B', time: '15:00' })).toEqual(['16:00 A –T3→ 17:00 B']);
  });

  it('does not travel backwards along the line', () => {
    expect(plan(tt, { from: 'C', to: 'A', time: '08:00' })).toEqual([]);
  });

  it("uses tomorrow's first train when today's are gone", () => {
    expect(plan(tt, { from: 'A', to: 'C', time: '17:00' })).toEqual(['08:00+1d A –T1→ 10:00+1d C']);
  });

  it('lists every call of the leg with times and the leg geometry', () => {
    const [j] = planJourneys(tt, { from: 'A', to: 'C', time: '08:00' });
    const leg = j.legs[0];
    if (leg.type !== 'train') throw new Error('train leg expected');
    expect(leg.stops.map((s) => s.stopId)).toEqual(['A', 'B', 'C']);
    expect(leg.stops[1].departure - leg.stops[1].arrival).toBe(300);
    expect(leg.geometry).toHaveLength(3);
    expect(j.duration).toBe(7200);
    expect(j.transfers).toBe(0);
  });
});
