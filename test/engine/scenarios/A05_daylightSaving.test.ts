import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../../server/timetable/time/formatInstant.ts';
import { buildTimetable } from '../util/buildTimetable.ts';
import { planJourneys } from '../util/plan.ts';

/**
 * Europe/Berlin switches to summer time on 2026-03-29 at 02:00 and back on 2026-10-25 at 03:00.
 * Stop times count from "noon minus 12 h" of the service day, so a night train over the switch is
 * an hour shorter (or longer) than its clock times suggest, and offsets change along the journey.
 */
const tt = buildTimetable({
  zone: 'Europe/Berlin',
  stops: ['A', 'B'],
  trips: [
    { id: 'NIGHT', times: 'A 22:00, B 30:00' },
    { id: 'DAY', times: 'A 10:00, B 11:00' },
  ],
});
const iso = (t: number) => formatInstant(t, 'Europe/Berlin');

describe('A05 daylight saving time', () => {
  it('spring forward: the night train leaves at +01:00 and arrives at +02:00, 7 h later', () => {
    const [j] = planJourneys(tt, { from: 'A', to: 'B', date: '2026-03-28', time: '21:00' });
    expect(iso(j.departure)).toBe('2026-03-28T22:00:00+01:00');
    expect(iso(j.arrival)).toBe('2026-03-29T07:00:00+02:00');
    expect(j.duration).toBe(8 * 3600);
  });

  it('fall back: the night train arrives at +01:00 after 8 h of travel', () => {
    const [j] = planJourneys(tt, { from: 'A', to: 'B', date: '2026-10-24', time: '21:00' });
    expect(iso(j.departure)).toBe('2026-10-24T22:00:00+02:00');
    expect(iso(j.arrival)).toBe('2026-10-25T05:00:00+01:00');
    expect(j.duration).toBe(8 * 3600);
  });

  it('a day train on the switch day keeps its clock times', () => {
    const [j] = planJourneys(tt, { from: 'A', to: 'B', date: '2026-03-29', time: '09:00' });
    expect(iso(j.departure)).toBe('2026-03-29T10:00:00+02:00');
    expect(iso(j.arrival)).toBe('2026-03-29T11:00:00+02:00');
  });

  it('arrive-by across the switch finds the same night train', () => {
    const [j] = planJourneys(tt, { from: 'A', to: 'B', date: '2026-03-29', time: '07:30', arriveBy: true });
    expect(iso(j.departure)).toBe('2026-03-28T22:00:00+01:00');
    expect(iso(j.arrival)).toBe('2026-03-29T07:00:00+02:00');
  });

  it('reads the query time on the wall clock of the origin', () => {
    const [j] = planJourneys(tt, { from: 'A', to: 'B', date: '2026-03-29', time: '10:00' });
    expect(iso(j.departure)).toBe('2026-03-29T10:00:00+02:00');
  });
});
