import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../server/timetable/time/dayNumber.ts';
import { formatInstant } from '../../../server/timetable/time/formatInstant.ts';
import { localToUnix } from '../../../server/timetable/time/localToUnix.ts';
import { noonMinus12h } from '../../../server/timetable/time/noonMinus12h.ts';

describe('engine time helpers', () => {
  it('dayNumber counts days since 1970-01-01 and rejects other formats', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-04-01')).toBe(20544);
    expect(() => dayNumber('2026-4-1')).toThrow();
  });

  it('noonMinus12h is local midnight except on DST days', () => {
    expect(formatInstant(noonMinus12h('Europe/Berlin', dayNumber('2026-04-01')), 'Europe/Berlin')).toBe(
      '2026-04-01T00:00:00+02:00',
    );
    // Spring forward: noon is 12:00+02:00, so "noon minus 12 h" is 23:00 the evening before.
    expect(formatInstant(noonMinus12h('Europe/Berlin', dayNumber('2026-03-29')), 'Europe/Berlin')).toBe(
      '2026-03-28T23:00:00+01:00',
    );
    expect(formatInstant(noonMinus12h('America/New_York', dayNumber('2026-11-01')), 'America/New_York')).toBe(
      '2026-11-01T01:00:00-04:00',
    );
  });

  it('localToUnix reads wall-clock time, also on DST days and past 24:00', () => {
    expect(formatInstant(localToUnix('2026-03-29', 8 * 3600, 'Europe/Berlin'), 'Europe/Berlin')).toBe(
      '2026-03-29T08:00:00+02:00',
    );
    expect(formatInstant(localToUnix('2026-04-01', 25 * 3600, 'Europe/Moscow'), 'Europe/Moscow')).toBe(
      '2026-04-02T01:00:00+03:00',
    );
  });

  it('formatInstant gives ISO 8601 with the zone offset', () => {
    expect(formatInstant(1_775_107_500, 'Europe/Minsk')).toBe('2026-04-02T08:25:00+03:00');
    expect(formatInstant(1_775_107_500, 'UTC')).toBe('2026-04-02T05:25:00Z');
  });
});
