import { describe, expect, it } from 'vitest';
import { addDays, formatDay, formatLongDate } from '../../client/format/calendarDate.ts';
import { operatingDaysText } from '../../client/format/operatingDays.ts';

describe('calendar dates in three languages', () => {
  it('writes a date as each language does', () => {
    expect(formatDay('en', '2026-04-03')).toBe('Fri 3 April');
    expect(formatDay('ru', '2026-04-03')).toBe('пт, 3 апреля');
    expect(formatDay('be', '2026-04-05')).toBe('нд, 5 красавіка');
    expect(formatLongDate('en', '2026-04-03')).toBe('Friday, 3 April 2026');
    expect(formatLongDate('ru', '2026-04-03')).toBe('пятница, 3 апреля 2026 г.');
    expect(formatLongDate('be', '2026-04-03')).toBe('пятніца, 3 красавіка 2026 г.');
  });

  it('moves across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('prints days of operation as a timetable does', () => {
    expect(operatingDaysText('en', [1, 2, 3, 4, 5, 6, 7])).toBe('daily');
    expect(operatingDaysText('en', [1, 2, 3, 4, 5])).toBe('Mon–Fri');
    expect(operatingDaysText('en', [5, 7])).toBe('Fri, Sun');
    expect(operatingDaysText('ru', [5, 6, 7])).toBe('пт–вс');
    expect(operatingDaysText('be', [1, 2, 7])).toBe('пн, аў, нд');
    expect(operatingDaysText('be', [1, 2, 3, 4, 5, 6, 7])).toBe('штодня');
  });
});
