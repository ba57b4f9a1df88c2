import { describe, expect, it } from 'vitest';
import { parseDate } from '../../server/gtfs/parseDate.ts';
import type { Services } from '../../server/timetable/Timetable.ts';
import { csv, loadMinimal } from './minimalFeed.ts';

const runs = (s: Services, service: string, date: string) => {
  const d = parseDate(date) - s.firstDay;
  return d >= 0 && d < s.dayCount && s.active[s.id.indexOf(service) * s.dayCount + d] === 1;
};

describe('calendar.txt + calendar_dates.txt', () => {
  it('numbers days from 1970-01-01 and refuses impossible dates', () => {
    expect(parseDate('19700101')).toBe(0);
    expect(parseDate('20240229')).toBe(19782);
    expect(parseDate('20230229')).toBeNaN();
    expect(parseDate('2024-01-01')).toBeNaN();
  });

  it('flattens weekly patterns and exceptions into one bit per day over the union of dates', async () => {
    const { timetable, report } = await loadMinimal({
      'calendar.txt': csv(
        'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date',
        'WK,1,1,1,1,1,0,0,20240101,20240131',
      ),
      'calendar_dates.txt': csv(
        'service_id,date,exception_type',
        'WK,20240102,2',
        'WK,20240106,1',
        'XMAS,20231225,1',
      ),
    });
    expect(report.errors).toEqual([]);
    const s = timetable!.services;
    expect(s.id).toEqual(['WK', 'XMAS']);
    expect(s.firstDay).toBe(parseDate('20231225'));
    expect(s.dayCount).toBe(38);
    expect(s.active).toHaveLength(2 * 38);
    expect(runs(s, 'WK', '20240101')).toBe(true); // a Monday
    expect(runs(s, 'WK', '20240102')).toBe(false); // removed
    expect(runs(s, 'WK', '20240106')).toBe(true); // a Saturday, added
    expect(runs(s, 'WK', '20240107')).toBe(false); // a Sunday
    expect(runs(s, 'WK', '20240131')).toBe(true);
    expect(runs(s, 'XMAS', '20231225')).toBe(true);
    expect(runs(s, 'XMAS', '20231226')).toBe(false);
  });

  it('works with calendar_dates.txt alone', async () => {
    const { timetable, report } = await loadMinimal({
      'calendar.txt': null,
      'calendar_dates.txt': csv('service_id,date,exception_type', 'WK,20240105,1', 'WK,20240107,1'),
    });
    expect(report.errors).toEqual([]);
    expect(timetable!.services.dayCount).toBe(3);
    expect(Array.from(timetable!.services.active)).toEqual([1, 0, 1]);
  });

  it('needs one of the two files', async () => {
    const { report } = await loadMinimal({ 'calendar.txt': null });
    expect(report.errors).toMatchObject([
      { code: 'FileRequiredError', file: 'calendar.txt' },
      { code: 'InvalidReferenceError', field: 'service_id' },
    ]);
  });

  it('reports a duplicate exception on the calendar row, bad dates and end before start', async () => {
    const { report } = await loadMinimal({
      'calendar.txt': csv(
        'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date',
        'WK,1,1,1,1,1,0,0,20240101,20240131',
        'OLD,1,1,1,1,1,0,0,20240131,20240101',
        'BAD,1,1,1,1,1,0,2,20240132,20240201',
      ),
      'calendar_dates.txt': csv('service_id,date,exception_type', 'WK,20240102,2', 'WK,20240102,1'),
    });
    expect(report.errors).toMatchObject([
      { code: 'InvalidFieldError', file: 'calendar.txt', line: 3, field: 'end_date' },
      { code: 'InvalidFieldError', file: 'calendar.txt', line: 4, field: 'sunday' },
      { code: 'InvalidFieldError', file: 'calendar.txt', line: 4, field: 'start_date' },
      { code: 'DuplicateServiceExceptionError', file: 'calendar.txt', line: 2, entityId: 'WK' },
    ]);
  });
});
