import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localToUnix } from '../../../server/engine/time/localToUnix.ts';

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
    for (const zone of zones) {
      for (let day = 0; day < 365; day++) {
        const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
        for (const s of [0, 1, 3599, 7200, 9000, 10_800, 43_200, 86_399, 86_400, 90_000, 200_000])
          if (localToUnix(date, s, zone) !== luxon(date, s, zone)) wrong.push(`${zone} ${date} ${s}`);
      }
      for (const date of ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2026-04-05', '2026-10-04'])
        for (let s = 0; s < 86_400; s += 60)
          if (localToUnix(date, s, zone) !== luxon(date, s, zone)) wrong.push(`${zone} ${date} ${s}`);
    }
    expect(wrong).toEqual([]);
  });

  it('throws on an invalid zone, as before', () => {
    expect(() => localToUnix('2026-04-02', 3600, 'Not/AZone')).toThrow(/invalid date\/zone/);
  });
});
