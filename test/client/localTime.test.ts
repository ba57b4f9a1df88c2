import { describe, expect, it } from 'vitest';
import {
  dayOffset,
  formatClock,
  localTime,
  offsetLabel,
  zonesDiffer,
} from '../../client/format/localTime.ts';

describe('localTime', () => {
  it('keeps the stop’s own wall clock, whatever the browser zone', () => {
    expect(localTime('2026-04-02T08:25:00+03:00')).toEqual({
      date: '2026-04-02',
      time: '08:25',
      offset: '+03:00',
    });
    expect(localTime('2026-04-02T23:59:00Z')).toEqual({ date: '2026-04-02', time: '23:59', offset: 'Z' });
    expect(localTime('2026-04-02T00:10:00-0530').offset).toBe('-05:30');
  });

  it('refuses times without an offset', () => {
    expect(() => localTime('2026-04-02T08:25:00')).toThrow(/ISO 8601/);
  });
});

describe('offsetLabel and formatClock', () => {
  it('prints short UTC offsets', () => {
    expect(offsetLabel('2026-04-02T08:25:00+03:00')).toBe('UTC+3');
    expect(offsetLabel('2026-04-02T08:25:00+05:30')).toBe('UTC+5:30');
    expect(offsetLabel('2026-04-02T08:25:00-04:00')).toBe('UTC−4');
    expect(offsetLabel('2026-04-02T08:25:00Z')).toBe('UTC');
  });

  it('shows the zone only when asked', () => {
    expect(formatClock('2026-04-02T08:25:00+03:00')).toBe('08:25');
    expect(formatClock('2026-04-02T07:25:00+02:00', true)).toBe('07:25 UTC+2');
  });
});

describe('zonesDiffer', () => {
  it('is false for Moscow and Minsk (both UTC+3), true across offsets', () => {
    expect(zonesDiffer(['2026-04-02T08:25:00+03:00', '2026-04-02T10:34:00+03:00'])).toBe(false);
    expect(zonesDiffer(['2026-04-02T08:25:00+03:00', '2026-04-02T09:34:00+02:00'])).toBe(true);
    expect(zonesDiffer(['2026-04-02T08:25:00Z', '2026-04-02T09:34:00+00:00'])).toBe(false);
  });
});

describe('dayOffset', () => {
  it('counts calendar days in the stop’s zone', () => {
    expect(dayOffset('2026-04-02T23:50:00+03:00', '2026-04-02')).toBe(0);
    expect(dayOffset('2026-04-03T00:20:00+03:00', '2026-04-02')).toBe(1);
  });
});
