import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan } from '../util/plan.ts';

/**
 * A weekday service (calendar.txt Mon-Fri) with calendar_dates exceptions: removed on Good Friday
 * 2026-04-03, added on Saturday 2026-04-04. A weekend train covers Saturdays and Sundays.
 */
const tt = buildTimetable({
  stops: ['A', 'B'],
  services: {
    weekdays: {
      from: '2026-03-01',
      to: '2026-05-31',
      weekdays: '1111100',
      remove: ['2026-04-03'],
      add: ['2026-04-04'],
    },
    weekend: { from: '2026-03-01', to: '2026-05-31', weekdays: '0000011' },
  },
  trips: [
    { id: 'WD', service: 'weekdays', times: 'A 08:00, B 09:00' },
    { id: 'WE', service: 'weekend', times: 'A 10:00, B 11:00' },
  ],
});
const at = (date: string, time = '07:00') => plan(tt, { from: 'A', to: 'B', date, time });

describe('A04 calendar and calendar_dates', () => {
  it('runs the weekday train on a Thursday', () => {
    expect(at('2026-04-02')).toEqual(['08:00 A –WD→ 09:00 B']);
  });
  it('honours a removed date (Good Friday): next train is on Saturday', () => {
    expect(at('2026-04-03')).toEqual([]); // nothing within 24 h
    expect(at('2026-04-03', '09:00')).toEqual(['08:00+1d A –WD→ 09:00+1d B']);
  });
  it('honours an added date (Saturday) next to the regular weekend train', () => {
    expect(at('2026-04-04')).toEqual(['08:00 A –WD→ 09:00 B']);
  });
  it('runs only the weekend train on Sunday', () => {
    expect(at('2026-04-05')).toEqual(['10:00 A –WE→ 11:00 B']);
  });
  it('finds nothing outside the calendar', () => {
    expect(at('2026-06-10')).toEqual([]);
  });
});
