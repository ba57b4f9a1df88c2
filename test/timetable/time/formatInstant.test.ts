import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../../server/timetable/time/formatInstant.ts';

/** The cached formatter must write exactly what luxon writes, including around DST switches. */
const luxon = (t: number, zone: string) =>
  DateTime.fromSeconds(t, { zone }).toISO({ suppressMilliseconds: true }) ?? '';

describe('formatInstant', () => {
  const zones = [
    'UTC',
    'Etc/UTC',
    'Europe/London',
    'Europe/Moscow',
    'Europe/Minsk',
    'America/New_York',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'America/St_Johns',
    'Pacific/Chatham',
  ];

  it('equals luxon every 7 h 0 min 13 s over 400 days', () => {
    const start = Date.UTC(2025, 9, 20) / 1000;
    const wrong: string[] = [];
    for (const zone of zones)
      for (let t = start; t < start + 400 * 86_400; t += 25_213)
        if (formatInstant(t, zone) !== luxon(t, zone)) wrong.push(`${zone} ${t}`);
    expect(wrong).toEqual([]);
  });

  it('equals luxon second by second around a spring-forward and a fall-back switch', () => {
    const springNY = Date.UTC(2026, 2, 8, 7) / 1000; // 2026-03-08 03:00 EDT
    const fallLondon = Date.UTC(2026, 9, 25, 1) / 1000; // 2026-10-25 01:00 GMT
    for (const [zone, at] of [
      ['America/New_York', springNY],
      ['Europe/London', fallLondon],
    ] as const)
      for (let t = at - 1000; t < at + 1000; t++) expect(formatInstant(t, zone)).toBe(luxon(t, zone));
  });

  it('goes through luxon for fractional seconds and invalid zones', () => {
    expect(formatInstant(1_800_000_000.5, 'Europe/Moscow')).toBe(luxon(1_800_000_000.5, 'Europe/Moscow'));
    expect(formatInstant(1_800_000_000, 'Not/AZone')).toBe('');
    expect(formatInstant(1_775_107_500, 'Europe/Moscow')).toBe('2026-04-02T08:25:00+03:00');
  });
});
