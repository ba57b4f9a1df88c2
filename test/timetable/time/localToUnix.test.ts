import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localToUnix } from '../../../server/timetable/time/localToUnix.ts';

/** The cached conversion must equal luxon's (the original implementation), DST days included. */
function luxon(date: string, seconds: number, zone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const days = Math.floor(seconds / 86_400);
  const rest = seconds - days * 86_400;
  const t = DateTime.fromObject(
    {
      year: y,
      month: m,
      day: d,
      hour: Math.floor(rest / 3600),
      minute: Math.floor((rest % 3600) / 60),
      second: rest % 60,
    },
    { zone },
  ).plus({ days });
  return Math.round(t.toSeconds());
}

describe('localToUnix', () => {
  const zones = [
    'UTC',
    'Europe/London',
    'Europe/Moscow',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
  ];

  it('equals luxon on every day of 2026 at several times, and across DST switch days minute by minute', () => {
    const wrong: string[] = [];
    const check = (date: string, s: number, zone: string) => {
      if (localToUnix(date, s, zone) !== luxon(date, s, zone)) wrong.push(`${zone} ${date} ${s}`);
    };
    for (const zone of zones) {
      for (let day = 0; day < 365; day++) {
        const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
        for (const s of [0, 9000, 43_200, 86_399]) check(date, s, zone);
        // Times past midnight (the luxon path) on every seventh day.
        if (day % 7 === 0) for (const s of [86_400, 200_000]) check(date, s, zone);
      }
      // The switch days of these zones: on the zone's own switch days every minute of the night (every
      // switch is between 00:00 and 04:00 local) and every 10 minutes of the rest; elsewhere half-hourly.
      for (const date of [
        '2026-03-08',
        '2026-03-29',
        '2026-10-25',
        '2026-11-01',
        '2026-04-05',
        '2026-10-04',
      ]) {
        const midnight = DateTime.fromISO(date, { zone });
        const switches = midnight.offset !== midnight.plus({ days: 1 }).offset;
        for (let s = 0; s < 86_400; s += !switches ? 1800 : s < 5 * 3600 ? 60 : 600) check(date, s, zone);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('throws on an invalid zone, as before', () => {
    expect(() => localToUnix('2026-04-02', 3600, 'Not/AZone')).toThrow(/invalid date\/zone/);
  });
});
