import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../../server/timetable/time/formatInstant.ts';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan, planJourneys } from '../util/plan.ts';

/**
 * Two agencies in different zones (as in the corridor feeds, Moscow and Minsk; here Moscow and
 * Berlin to get a difference): each trip counts in its agency's zone; each stop shows times in its own
 * zone (stop_timezone), like Amtrak crossing from Eastern to Central time.
 */
const tt = buildTimetable({
  agencies: [
    { id: 'RZD', zone: 'Europe/Moscow' },
    { id: 'DB', zone: 'Europe/Berlin' },
  ],
  stops: [{ id: 'A' }, { id: 'B', zone: 'Europe/Berlin' }, { id: 'C', zone: 'Europe/Berlin' }],
  trips: [
    { id: 'T1', agency: 'RZD', times: 'A 08:00, B 10:00' },
    { id: 'T2', agency: 'DB', times: 'B 09:30, C 11:00' },
  ],
});

describe('A06 time zones', () => {
  it("counts each trip in its agency's zone and shows each stop in its own zone", () => {
    // 10:00 Moscow (07:00Z) is 09:00 in Berlin summer time; T2 leaves 09:30 Berlin.
    expect(plan(tt, { from: 'A', to: 'C', time: '07:00' })).toEqual([
      '08:00 A –T1→ 09:00 B | 09:30 B –T2→ 11:00 C',
    ]);
  });

  it('carries the zone on every leg end and call, for ISO 8601 with the right offset', () => {
    const [j] = planJourneys(tt, { from: 'A', to: 'C', time: '07:00' });
    const [t1, t2] = j.legs;
    if (t1.type !== 'train' || t2.type !== 'train') throw new Error('train legs expected');
    expect(formatInstant(t1.from.time, t1.from.zone)).toBe('2026-04-01T08:00:00+03:00');
    expect(formatInstant(t1.to.time, t1.to.zone)).toBe('2026-04-01T09:00:00+02:00');
    expect(formatInstant(t2.stops[1].arrival, t2.stops[1].zone)).toBe('2026-04-01T11:00:00+02:00');
  });

  it('reads the query time in the origin stop zone', () => {
    expect(plan(tt, { from: 'B', to: 'C', time: '09:30' })).toEqual(['09:30 B –T2→ 11:00 C']);
  });
});
